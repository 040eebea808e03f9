import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-oauth-redirect-per-connector';
const AT = '/properties/connectionParameters/token/oAuthSettings/redirectMode';

describe(RULE, () => {
  it('flags the shared Global redirect', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.redirectMode = 'Global') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: AT, message: '"Global"' });
  });

  it('flags a missing redirectMode at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.connectionParameters.token.oAuthSettings.redirectMode });
    expectFinding(findings, { rule: RULE, pointer: AT, message: 'no redirectMode' });
  });

  it('accepts GlobalPerConnector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
