import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-hidden-boolean';

describe(RULE, () => {
  it('flags hidden written as a string', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key.uiDefinition.constraints.hidden = 'false') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/hidden', message: 'boolean false' });
  });

  it('accepts a boolean, and the fixed token:TenantId block', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key.uiDefinition.constraints.hidden = false) }), RULE);
    const findings = await lintCase(RULE, {
      apiProperties: (p) =>
        void (p.properties.connectionParameters['token:TenantId'] = {
          type: 'string',
          metadata: { sourceType: 'AzureActiveDirectoryTenant' },
          uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
        }),
    });
    expectNoFinding(findings, RULE);
  });
});
