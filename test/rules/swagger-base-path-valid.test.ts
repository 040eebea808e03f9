import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-base-path-valid';

describe(RULE, () => {
  it('flags a base path without leading "/"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.basePath = 'v1') });
    expectFinding(findings, { rule: RULE, pointer: '/basePath', line: 14, message: 'does not start with "/"' });
  });

  it('flags a placeholder with spaces', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.basePath = '/app/<your app id>/v1') });
    expectFinding(findings, { rule: RULE, pointer: '/basePath', message: 'whitespace' });
  });

  it('accepts "/" and "/v1"', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
