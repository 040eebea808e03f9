import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-id-required';

describe(RULE, () => {
  it('flags an operation without operationId', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks/{taskId}'].get.operationId });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/operationId', message: 'GET /tasks/{taskId} has no operationId' });
  });

  it('flags an operationId that is not a string', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.operationId = 42) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/operationId', message: 'not a string' });
  });

  it('accepts operations with ids', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
