import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-family-distinct-paths';

describe(RULE, () => {
  it('flags two revisions on the same path', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
        s.paths['/tasks'].post['x-ms-api-annotation'] = { family: 'Tasks', revision: 2 };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/x-ms-api-annotation/family', message: 'share the path "/tasks"' });
  });

  it('accepts revisions on different paths', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 2 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
