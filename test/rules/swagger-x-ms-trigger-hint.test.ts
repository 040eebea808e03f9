import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-x-ms-trigger-hint';

describe(RULE, () => {
  it('flags a hint on an operation that is not a trigger', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-trigger-hint'] = 'To see it work, add a task.') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-trigger-hint', severity: 'warning', message: 'not a trigger' });
  });

  it('flags a hint that is not text', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post['x-ms-trigger-hint'] = 42;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/x-ms-trigger-hint', message: 'non-empty text' });
  });

  it('accepts a text hint on a trigger', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post['x-ms-trigger-hint'] = 'To see it work, assign a task to yourself.';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
