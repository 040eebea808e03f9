import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-notification-url-value';
const URL = '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl';

describe(RULE, () => {
  it('flags a value that is not the boolean true', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl['x-ms-notification-url'] = 'true';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${URL}/x-ms-notification-url`, severity: 'error', message: 'must be the boolean true' });
  });

  it('flags a notification URL field that is not a string', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl.type = 'object';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${URL}/type`, message: 'has type "object"' });
  });

  it('accepts true on a string property', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addWebhook }), RULE);
  });
});
