import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-bounds-non-negative';

describe(RULE, () => {
  it('flags a negative maxLength', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title.maxLength = -1) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/maxLength', severity: 'error', message: 'has maxLength -1; it must be 0 or more' });
  });

  it('flags a negative minItems on a parameter and a zero multipleOf', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => {
        const days = s.paths['/stations/{stationId}/predictions'].get.parameters[1];
        days.multipleOf = 0;
        s.definitions.Predictions.properties.events.minItems = -2;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1stations~1{stationId}~1predictions/get/parameters/1/multipleOf', message: 'multipleOf 0' });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Predictions/properties/events/minItems' });
  });

  it('accepts zero and positive bounds', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions.Task.properties.title, { minLength: 0, maxLength: 200 }) }), RULE);
  });
});
