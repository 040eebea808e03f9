import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-id-unique';

describe(RULE, () => {
  it('flags the second operation using an id', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.operationId = 'ListTasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/operationId', message: 'already used by GET /tasks' });
  });

  it('accepts distinct ids, including a revision suffix', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.operationId = 'ListTasks_V2') });
    expectNoFinding(findings, RULE);
  });
});
