import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-ext-location';

describe(RULE, () => {
  it('flags an operation extension written on a schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task['x-ms-trigger'] = 'single') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/x-ms-trigger', severity: 'error', message: 'is written on a schema, but it belongs on an operation' });
  });

  it('flags a dynamic extension on the body parameter itself', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0]['x-ms-dynamic-schema'] = { operationId: 'GetTask' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/x-ms-dynamic-schema', message: 'dynamic extensions belong in its schema' });
  });

  it('flags a notification URL marker in a response schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.id['x-ms-notification-url'] = true) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/id/x-ms-notification-url', message: 'only on a property of the request body' });
  });

  it('accepts a webhook, dynamic lists in a body, and notification content on the operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        addProjectList(s);
        s.paths['/hooks'].post['x-ms-notification-content'] = s.paths['/hooks']['x-ms-notification-content'];
        delete s.paths['/hooks']['x-ms-notification-content'];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
