import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-host-valid';

describe(RULE, () => {
  it('flags a host with scheme and path', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.host = 'https://api.contoso.com/v1') });
    expectFinding(findings, { rule: RULE, pointer: '/host', line: 13, message: 'scheme' });
  });

  it('flags a host with a path', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.host = 'api.contoso.com/v1') });
    expectFinding(findings, { rule: RULE, pointer: '/host', message: 'path' });
  });

  it('flags the template placeholder host', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.host = 'The hostname of the API, e.g. github.com') });
    expectFinding(findings, { rule: RULE, pointer: '/host', message: 'template placeholder' });
  });

  it('flags a templated host', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.host = '{tenant}.contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: '/host', message: 'dynamichosturl' });
  });

  it('accepts a host name with or without port', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.host = 'api.contoso.com:8443') }), RULE);
  });
});
