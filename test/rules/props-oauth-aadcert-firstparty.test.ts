import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-aadcert-firstparty';
const AT = '/properties/connectionParameters/token/oAuthSettings/identityProvider';

describe(RULE, () => {
  it('flags aadcertificate in a partner connector', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aadcertificate') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: AT, message: 'reserved for Microsoft' });
  });

  it('flags aadcertificate without IsFirstParty "True"', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.publisher = 'Microsoft';
        p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aadcertificate';
        p.properties.connectionParameters.token.oAuthSettings.properties = { IsFirstParty: 'False' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: AT, message: 'IsFirstParty' });
  });

  it('accepts a Microsoft first-party connector, and other providers', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.publisher = 'Microsoft Corporation';
        p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aadcertificate';
        p.properties.connectionParameters.token.oAuthSettings.properties = { IsFirstParty: 'True' };
      },
    });
    expectNoFinding(findings, RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
