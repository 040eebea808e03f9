import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-parameter-required';

describe(RULE, () => {
  it('flags a path parameter with required false', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0].required = false) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/required', message: '"required": false' });
  });

  it('flags a path parameter without required', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks/{taskId}'].delete.parameters[0].required });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/parameters/0/required', message: 'has no "required": true' });
  });

  it('accepts required path parameters', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
