import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-x-ms-notification';

/** ListTasks becomes the polling side of the OnTaskAssigned webhook trigger. */
function pollingTrigger(s: Parameters<typeof addWebhook>[0]): void {
  addWebhook(s);
  s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
  s.paths['/tasks'].get['x-ms-notification'] = { operationId: 'OnTaskAssigned' };
}

describe(RULE, () => {
  it('flags x-ms-notification on an operation that is not a trigger', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        pollingTrigger(s);
        delete s.paths['/tasks'].get['x-ms-trigger'];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-notification', severity: 'error', message: 'is not a trigger' });
  });

  it('flags x-ms-notification that names an operation which is not a webhook', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        pollingTrigger(s);
        s.paths['/tasks'].get['x-ms-notification'].operationId = 'GetTask';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-notification/operationId', message: '"GetTask", which is not a webhook operation' });
  });

  it('flags x-ms-notification on the webhook operation itself', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        pollingTrigger(s);
        s.paths['/hooks'].post['x-ms-notification'] = { operationId: 'OnTaskAssigned' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/x-ms-notification', message: 'is itself a webhook' });
  });

  it('accepts a polling trigger that points at its webhook', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: pollingTrigger }), RULE);
  });
});
