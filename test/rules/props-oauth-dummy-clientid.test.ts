import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-dummy-clientid';
const AT = '/properties/connectionParameters/token/oAuthSettings';

describe(RULE, () => {
  it('flags a real-looking client id (a GUID)', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.clientId = '5f3c9e2a-7b14-4d8e-a6c1-0e9b7d2f4a18') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/clientId`, message: 'real clientId' });
  });

  it('flags a real-looking client secret without echoing it', async () => {
    const secret = 'Zq8~vT3kLw9pR2mXy7bN4cJ6hF1dS5gA';
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.clientSecret = secret) });
    const finding = expectFinding(findings, { rule: RULE, pointer: `${AT}/clientSecret`, message: '32 characters' });
    expect(finding.message).to.not.include(secret);
  });

  for (const placeholder of ['[[DUMMY]]', '00000000-0000-0000-0000-000000000000', 'your-client-id', '<Enter your client ID>', '{{clientId}}', '']) {
    it(`accepts the placeholder ${JSON.stringify(placeholder)}`, async () => {
      expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.clientId = placeholder) }), RULE);
    });
  }
});
