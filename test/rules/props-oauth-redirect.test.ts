import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-redirect';
const AT = '/properties/connectionParameters/token/oAuthSettings';

describe(RULE, () => {
  it('flags an unknown redirect mode', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.redirectMode = 'globalperconnector') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: `${AT}/redirectMode`, message: 'write "GlobalPerConnector"' });
  });

  it('flags the shared redirect URL hard-coded with per-connector mode', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.redirectUrl = 'https://global.consent.azure-apim.net/redirect') });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/redirectUrl`, message: 'shared redirectUrl' });
  });

  it('flags a redirect URL that is not absolute https', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.redirectUrl = '/redirect') });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/redirectUrl`, message: 'absolute https URL' });
  });

  it('accepts per-connector mode without a redirect URL, and Global with the shared one', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const global = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.connectionParameters.token.oAuthSettings.redirectMode = 'Global';
        p.properties.connectionParameters.token.oAuthSettings.redirectUrl = 'https://global.consent.azure-apim.net/redirect';
      },
    });
    expectNoFinding(global, RULE);
  });
});
