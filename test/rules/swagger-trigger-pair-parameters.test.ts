import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-trigger-pair-parameters';

/** ListTasks polls for the OnTaskAssigned webhook trigger; both take a "status" input. */
function pair(s: Parameters<typeof addWebhook>[0]): void {
  addWebhook(s);
  s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
  s.paths['/tasks'].get['x-ms-notification'] = { operationId: 'OnTaskAssigned' };
  s.paths['/hooks'].post.parameters[0].schema.properties.status = { type: 'string', 'x-ms-summary': 'Status', description: 'Only tasks with this status.' };
}

describe(RULE, () => {
  it('flags a shared input with different types', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        pair(s);
        s.paths['/hooks'].post.parameters[0].schema.properties.status.type = 'integer';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0', severity: 'error', message: 'is string in "ListTasks" but integer in "OnTaskAssigned"' });
  });

  it('flags a shared input with different visibility', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        pair(s);
        s.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'advanced';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0', message: 'visibility "advanced" in "ListTasks" but default' });
  });

  it('accepts the same type and visibility on both sides', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: pair }), RULE);
  });
});
