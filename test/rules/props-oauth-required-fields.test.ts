import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-required-fields';
const AT = '/properties/connectionParameters/token/oAuthSettings';

describe(RULE, () => {
  it('flags a missing clientId at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.connectionParameters.token.oAuthSettings.clientId });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/clientId`, message: 'no clientId' });
  });

  it('flags scopes given as one string', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.scopes = 'tasks.readwrite') });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/scopes`, message: 'array of strings' });
  });

  it('flags an oauth2 provider without its token URL and with a mis-cased endpoint', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const custom = p.properties.connectionParameters.token.oAuthSettings.customParameters;
        custom.AuthorizationUrl = custom.authorizationUrl;
        delete custom.authorizationUrl;
        delete custom.tokenUrl;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/customParameters/AuthorizationUrl`, message: 'write "authorizationUrl"' });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/customParameters/tokenUrl`, message: 'tokenUrl is missing' });
  });

  it('flags an oauthSetting without oAuthSettings', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.connectionParameters.token.oAuthSettings });
    expectFinding(findings, { rule: RULE, pointer: AT });
  });

  it('accepts complete settings', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
