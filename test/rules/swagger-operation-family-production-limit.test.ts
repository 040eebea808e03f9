import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-family-production-limit';

describe(RULE, () => {
  it('flags the older of two active Production revisions', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1, status: 'Production' };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 2, status: 'Production' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/deprecated', message: 'ListTasks should be deprecated' });
  });

  it('accepts one Production and one Preview revision', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1, status: 'Production' };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 2, status: 'Preview' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
