import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-family-duplicate-revisions';

describe(RULE, () => {
  it('flags two operations with the same revision in a family', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/x-ms-api-annotation/revision', message: 'GetTask and ListTasks are both revision 1' });
  });

  it('accepts distinct revisions, and equal revisions in different families', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 2 };
        s.paths['/tasks'].post['x-ms-api-annotation'] = { family: 'CreateTask', revision: 1 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
