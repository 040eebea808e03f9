import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-idp-enum';
const AT = '/properties/connectionParameters/token/oAuthSettings/identityProvider';

describe(RULE, () => {
  it('flags an unsupported identity provider', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'okta') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: AT, message: '"okta"' });
  });

  it('names the right spelling of a mis-cased provider', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'OAuth2') });
    expectFinding(findings, { rule: RULE, pointer: AT, message: 'write "oauth2"' });
  });

  it('accepts the supported providers', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'oauth2generic') }), RULE);
  });
});
