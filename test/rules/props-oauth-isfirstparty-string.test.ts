import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-isfirstparty-string';
const AT = '/properties/connectionParameters/token/oAuthSettings/properties';

describe(RULE, () => {
  it('flags IsFirstParty given as a boolean', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.properties = { IsFirstParty: false }) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/IsFirstParty`, message: 'write "False"' });
  });

  it('flags properties that are not an object', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.properties = 'False') });
    expectFinding(findings, { rule: RULE, pointer: AT });
  });

  it('accepts "True"/"False" strings and an empty properties object', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.properties = { IsFirstParty: 'False' }) }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
