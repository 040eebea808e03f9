import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-webhook-parts';

describe(RULE, () => {
  it('flags a webhook registration without notification content', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        delete s.paths['/hooks']['x-ms-notification-content'];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/x-ms-notification-content', severity: 'error', message: 'takes a notification URL' });
  });

  it('flags a webhook trigger without a notification URL input', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        delete s.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl['x-ms-notification-url'];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/parameters', message: 'no input marked "x-ms-notification-url": true' });
  });

  it('accepts a complete webhook', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addWebhook }), RULE);
  });
});
