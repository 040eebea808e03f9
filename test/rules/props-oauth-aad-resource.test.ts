import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-aad-resource';
const AT = '/properties/connectionParameters/token/oAuthSettings/customParameters';

function aad(custom: Record<string, unknown>) {
  return (p: { properties: { connectionParameters: { token: { oAuthSettings: Record<string, unknown> } } } }) => {
    const settings = p.properties.connectionParameters.token.oAuthSettings;
    settings.identityProvider = 'aad';
    settings.customParameters = custom;
  };
}

describe(RULE, () => {
  it('flags aad without resourceUri', async () => {
    const findings = await lintCase(RULE, { apiProperties: aad({ loginUri: { value: 'https://login.microsoftonline.com' }, tenantId: { value: 'common' } }) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/resourceUri`, message: 'no customParameters.resourceUri' });
  });

  it('flags a custom parameter aad does not take', async () => {
    const findings = await lintCase(RULE, { apiProperties: aad({ resourceUri: { value: 'api://contoso-tasks' }, TenantId: { value: 'common' } }) });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/TenantId`, message: 'write "tenantId"' });
  });

  it('accepts aad with resourceUri, loginUri, tenantId and the on-behalf-of switch', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: aad({
        resourceUri: { value: 'api://contoso-tasks' },
        loginUri: { value: 'https://login.microsoftonline.com' },
        tenantId: { value: 'common' },
        enableOnbehalfOfLogin: { value: 'false' },
      }),
    });
    expectNoFinding(findings, RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
