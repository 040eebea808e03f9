import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-security-requirements';

describe(RULE, () => {
  it('flags a requirement naming an undefined scheme', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.security = [{ oauth2: ['tasks.readwrite'] }]) });
    expectFinding(findings, { rule: RULE, pointer: '/security/0/oauth2', message: 'does not define' });
  });

  it('flags an undeclared OAuth scope', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s.security[0].oauth2_auth.push('tasks.admin') });
    expectFinding(findings, { rule: RULE, pointer: '/security/0/oauth2_auth/1', message: '"tasks.admin"' });
  });

  it('flags scopes on an API key requirement', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.security = [{ api_key: ['read'] }]) });
    expectFinding(findings, { rule: RULE, pointer: '/security/0/api_key', message: 'empty list' });
  });

  it('flags a requirement without a list, in an operation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.security = [{ oauth2_auth: null }]) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/security/0/oauth2_auth', message: 'instead of a list' });
  });

  it('accepts declared schemes and scopes', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.security = []) }), RULE);
  });
});
