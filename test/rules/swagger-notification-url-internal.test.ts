import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-notification-url-internal';

describe(RULE, () => {
  it('flags a notification URL field users can see', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        delete s.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl['x-ms-visibility'];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl/x-ms-visibility', severity: 'error' });
  });

  it('accepts an internal parent instead of an internal field', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        const body = s.paths['/hooks'].post.parameters[0];
        delete body.schema.properties.callbackUrl['x-ms-visibility'];
        body['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
