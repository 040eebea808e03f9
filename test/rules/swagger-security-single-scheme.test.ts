import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-security-single-scheme';

describe(RULE, () => {
  it('flags two security schemes', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.securityDefinitions.api_key = { type: 'apiKey', in: 'header', name: 'X-Api-Key' }) });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions', line: 171, severity: 'warning', message: '"oauth2_auth", "api_key"' });
  });

  it('accepts one scheme or none', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void ((s.securityDefinitions = {}), (s.security = [])) }), RULE);
  });
});
