import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-bounds-ordered';

describe(RULE, () => {
  it('flags minimum above maximum on a parameter', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => void Object.assign(s.paths['/stations/{stationId}/predictions'].get.parameters[1], { minimum: 7, maximum: 1 }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1stations~1{stationId}~1predictions/get/parameters/1/minimum', severity: 'warning', message: 'has minimum 7 above maximum 1' });
  });

  it('flags minLength above maxLength', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions.Task.properties.title, { minLength: 10, maxLength: 5 }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/minLength' });
  });

  it('accepts equal bounds', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions.Task.properties.title, { minLength: 5, maxLength: 5 }) }), RULE);
  });
});
