import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-no-client-credentials';

describe(RULE, () => {
  it('flags a client-credentials grant in the OAuth settings', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.customParameters.grantType = { value: 'client_credentials' }),
    });
    expectFinding(findings, {
      rule: RULE,
      severity: 'warning',
      file: 'apiProperties.json',
      pointer: '/properties/connectionParameters/token/oAuthSettings/customParameters/grantType/value',
      message: 'client-credentials grant',
    });
  });

  it('flags a policy that fetches a client-credentials token', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) =>
        void p.properties.policyTemplateInstances.push({
          templateId: 'setvaluefromurl',
          title: 'Fetch token',
          parameters: {
            'x-ms-apimTemplateParameter.parameterTemplate': "@headers('Authorization')",
            'x-ms-apimTemplateParameter.parameterValueUrl': '/oauth/token?grant_type=client_credentials',
            'x-ms-apimTemplateParameter.parameterValuePathTemplate': '@body().access_token',
          },
        }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.parameterValueUrl' });
  });

  it('accepts the authorization-code flow, and labels that merely mention the grant', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.uiDefinition = { description: 'Do not use client_credentials.' }) });
    expectNoFinding(findings, RULE);
  });
});
