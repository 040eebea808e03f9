import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-value-matches-type';

describe(RULE, () => {
  it('flags a string default on an integer parameter', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.paths['/stations/{stationId}/predictions'].get.parameters[1].default = '3') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1stations~1{stationId}~1predictions/get/parameters/1/default', severity: 'error', message: 'has the default "3" (string), but its type is integer' });
  });

  it('flags an enum value of the wrong type', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.done = { type: 'boolean', enum: [true, 'false'] }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/done/enum/1', message: 'lists the enum value "false" (string), but its type is boolean' });
  });

  it('flags a fractional default on an integer', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.priority = { type: 'integer', default: 1.5 }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/priority/default' });
  });

  it('accepts values of the declared type', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.priority = { type: 'number', default: 2, enum: [1, 2.5] };
        s.paths['/tasks'].get.parameters[0].default = 'open';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
