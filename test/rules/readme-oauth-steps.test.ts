import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-oauth-steps';

const oauth = (p: { properties: Record<string, unknown> }) => {
  p.properties.connectionParameters = {
    token: {
      type: 'oauthSetting',
      oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DUMMY]]', scopes: ['read'], redirectMode: 'GlobalPerConnector' },
    },
  };
};

const appSteps = `## Obtaining Credentials

1. Sign in to the Tide Tables developer portal and open "Apps".
2. Create an app and add the redirect URL https://global.consent.azure-apim.net/redirect/tidetables.
3. Copy the client id and the client secret of the app.
4. Enter them when you create the custom connector.
`;

describe(RULE, () => {
  it('flags an OAuth connector whose readme does not explain the app registration', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: oauth });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 21, message: 'never mention the redirect URL' });
  });

  it('flags an OAuth connector with a one-sentence credentials section', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: oauth,
      readme: (t) => t.replace(/## Obtaining Credentials[\s\S]*?(?=## Known)/, '## Obtaining Credentials\n\nYou need a client id and secret.\n\n'),
    });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 21, message: 'it gives no steps' });
  });

  it('accepts numbered app registration steps', async () => {
    const readme = (t: string) => t.replace(/## Obtaining Credentials[\s\S]*?(?=## Known)/, appSteps + '\n');
    expectNoFinding(await lintCase(RULE, { program: 'independent', apiProperties: oauth, readme }), RULE);
  });

  it('does not apply to API-key connectors or to verified publishers', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'verified' }), RULE);
  });
});
