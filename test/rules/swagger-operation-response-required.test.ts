import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-response-required';

describe(RULE, () => {
  it('flags an operation with an empty responses object', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].delete.responses = {}) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/responses', message: 'no response in "responses"' });
  });

  it('flags an operation without responses', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks/{taskId}'].delete.responses });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/responses', message: 'has no "responses"' });
  });

  it('accepts operations with responses', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
