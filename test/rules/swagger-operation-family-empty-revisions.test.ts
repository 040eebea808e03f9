import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-family-empty-revisions';

describe(RULE, () => {
  it('flags each of two family members without revision', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks' };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-api-annotation/revision', message: 'ListTasks has no revision' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/x-ms-api-annotation/revision' });
  });

  it('accepts a single member without revision', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks' };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 2 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
