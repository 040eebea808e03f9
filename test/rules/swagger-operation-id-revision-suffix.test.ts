import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-id-revision-suffix';

describe(RULE, () => {
  it('flags revision 2 without the _V2 suffix', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'GetTask', revision: 2 }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/operationId', message: 'does not end with "_V2"' });
  });

  it('accepts the suffix, and revision 1 without it', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'GetTask', revision: 2 };
        s.paths['/tasks/{taskId}'].get.operationId = 'GetTask_V2';
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'ListTasks', revision: 1 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
