import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-summary-restricted-characters';

describe(RULE, () => {
  it('flags "/" and "&" in a summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.summary = 'Create/update a task & notify') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/summary', message: 'contains "/", "&"' });
  });

  it('flags a restricted character on an internal operation too', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].delete.summary = 'Delete task?';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/summary', message: '"?"' });
  });

  it('accepts summaries with letters, spaces and parentheses', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.summary = 'Create a task (simple)') });
    expectNoFinding(findings, RULE);
  });
});
