import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-notification-content-shape';
const AT = '/paths/~1hooks/x-ms-notification-content';

describe(RULE, () => {
  it('flags notification content without a schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        delete s.paths['/hooks']['x-ms-notification-content'].schema;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/schema`, severity: 'error', message: 'has no "schema"' });
  });

  it('flags keys that do not belong there', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks']['x-ms-notification-content'].parameters = [];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters`, message: 'has the key "parameters"' });
  });

  it('accepts a description and a schema', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addWebhook }), RULE);
  });
});
