import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-family-active-limit';

function threeRevisions(s: { paths: Record<string, Record<string, Record<string, unknown>>> }): void {
  s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 1 };
  s.paths['/tasks'].post['x-ms-api-annotation'] = { family: 'Tasks', revision: 2 };
  s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'Tasks', revision: 3 };
}

describe(RULE, () => {
  it('flags the oldest of three active revisions', async () => {
    const findings = await lintCase(RULE, { swagger: threeRevisions });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/deprecated', message: 'ListTasks should be deprecated' });
  });

  it('accepts three revisions when one is deprecated', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        threeRevisions(s);
        s.paths['/tasks'].get.deprecated = true;
      },
    });
    expectNoFinding(findings, RULE);
  });
});
