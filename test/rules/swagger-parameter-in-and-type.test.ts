import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameter-in-and-type';

describe(RULE, () => {
  it('flags a misspelt location', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].in = 'Query') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/in', message: '"in": "Query"' });
  });

  it('flags an unknown type and a missing one', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters[0].type = 'object';
        delete s.paths['/tasks/{taskId}'].get.parameters[0].type;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/type', message: '"type": "object"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/type', message: 'has no "type"' });
  });

  it('accepts the fixture, whose body parameter has no type', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
