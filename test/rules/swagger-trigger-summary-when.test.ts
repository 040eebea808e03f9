import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-trigger-summary-when';

describe(RULE, () => {
  it('flags a trigger summary that does not start with "When"', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
        s.paths['/tasks'].get.summary = 'New tasks';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: '"New tasks"' });
  });

  it('accepts "When …" triggers and ignores actions and internal triggers', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
        s.paths['/tasks'].get.summary = 'When a task is created';
        s.paths['/tasks/{taskId}'].get['x-ms-trigger'] = 'single';
        s.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
