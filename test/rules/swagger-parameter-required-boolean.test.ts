import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameter-required-boolean';

describe(RULE, () => {
  it('flags "required" given as a string', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0].required = 'true') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/required', message: 'is "true"; it must be true or false' });
  });

  it('accepts booleans', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
