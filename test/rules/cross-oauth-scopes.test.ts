import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-oauth-scopes';
const AT = '/properties/connectionParameters/token/oAuthSettings/scopes';

describe(RULE, () => {
  it('flags a scope requested but not declared in the swagger', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void p.properties.connectionParameters.token.oAuthSettings.scopes.push('offline_access') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: AT, message: 'requests "offline_access"' });
  });

  it('flags a declared scope that is not requested (scopes are case-sensitive)', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.scopes = ['Tasks.ReadWrite']) });
    expectFinding(findings, { rule: RULE, pointer: AT, message: 'does not request "tasks.readwrite"' });
  });

  it('accepts the same scopes, also when written as one space-separated entry', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.securityDefinitions.oauth2_auth.scopes = { 'tasks.readwrite': 'Read and write tasks', offline_access: 'Stay signed in' }),
      apiProperties: (p) => void (p.properties.connectionParameters.token.oAuthSettings.scopes = ['tasks.readwrite offline_access']),
    });
    expectNoFinding(findings, RULE);
  });
});
