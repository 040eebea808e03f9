import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-notification-url-required';

describe(RULE, () => {
  it('flags a notification URL property missing from required', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        delete s.paths['/hooks'].post.parameters[0].schema.required;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/parameters/0/schema/required', severity: 'error', message: 'property "callbackUrl" is not required' });
  });

  it('follows a shared definition up to the body that uses it', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        const body = s.paths['/hooks'].post.parameters[0];
        s.definitions.Subscription = body.schema;
        body.schema = { type: 'object', properties: { subscription: { $ref: '#/definitions/Subscription' } } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/parameters/0/schema/required', message: 'property "subscription" is not required' });
  });

  it('accepts a property required at every level', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addWebhook }), RULE);
  });
});
