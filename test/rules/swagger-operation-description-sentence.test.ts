import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-description-sentence';

describe(RULE, () => {
  it('flags a description without final punctuation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.description = 'Lists the tasks of the signed-in user') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/description', message: 'does not end with' });
  });

  it('accepts single words, quotes after the stop and the deprecation marker', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.description = 'Tasks';
        s.paths['/tasks'].post.description = 'Creates a task called "Inbox."';
        s.paths['/tasks/{taskId}'].get.description = 'Gets one task (deprecated)';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
