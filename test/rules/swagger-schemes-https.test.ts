import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schemes-https';

describe(RULE, () => {
  it('flags http in schemes', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.schemes = ['https', 'http']) });
    expectFinding(findings, { rule: RULE, pointer: '/schemes/1', severity: 'warning' });
  });

  it('flags a definition without schemes', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.schemes });
    expectFinding(findings, { rule: RULE, pointer: '/schemes', message: 'no schemes' });
  });

  it('accepts ["https"] and leaves invalid schemes to swagger-schemes-valid', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.schemes = ['wss']) }), RULE);
  });
});
