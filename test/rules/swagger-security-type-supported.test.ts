import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-security-type-supported';

describe(RULE, () => {
  it('flags the client-credentials flow', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.securityDefinitions.oauth2_auth.flow = 'application') });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/oauth2_auth/flow', line: 174, message: 'client-credentials' });
  });

  it('flags an OpenAPI 3 scheme type', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.securityDefinitions.oauth2_auth = { type: 'http', scheme: 'bearer' }) });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/oauth2_auth/type', message: '"http"' });
  });

  it('flags an API key sent in a cookie', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.securityDefinitions.api_key.in = 'cookie') });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/api_key/in' });
  });

  it('accepts oauth2 accessCode, apiKey and basic', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void ((s.securityDefinitions = { basic_auth: { type: 'basic' } }), (s.security = [{ basic_auth: [] }])) }), RULE);
  });
});
