import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-id-pascal-case';

describe(RULE, () => {
  it('flags a hyphen, which the platform strips', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.operationId = 'list-tasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/operationId', message: 'contains "-"' });
  });

  it('flags an underscore and a lower-case start', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.operationId = 'Tasks_List';
        s.paths['/tasks'].post.operationId = 'createTask';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/operationId', message: 'contains "_"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/operationId', message: 'capital letter' });
  });

  it('accepts PascalCase with a revision suffix', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.operationId = 'ListTasks_V2') });
    expectNoFinding(findings, RULE);
  });
});
