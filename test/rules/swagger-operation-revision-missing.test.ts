import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-revision-missing';

describe(RULE, () => {
  it('flags a family member without revision', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', status: 'Preview' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-api-annotation/revision', message: 'ListTasks belongs to the operation family "Tasks"' });
  });

  it('accepts members with revisions and leaves several empty ones to the error rule', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
        s.paths['/tasks'].post['x-ms-api-annotation'] = { family: 'Create' };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Create' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
