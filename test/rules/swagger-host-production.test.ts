import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-host-production';

describe(RULE, () => {
  it('flags a staging host', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.host = 'api-staging.contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: '/host', line: 13, severity: 'warning', message: '"staging"' });
  });

  it('flags an IP address and localhost', async () => {
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.host = '10.0.0.5:8080') }), { rule: RULE, message: 'IP address' });
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.host = 'localhost:5000') }), { rule: RULE, message: '"localhost"' });
  });

  it('accepts production hosts, including the .dev top-level domain', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.host = 'api.contoso.dev') }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.host = 'contest.devices.contoso.com') }), RULE);
  });
});
