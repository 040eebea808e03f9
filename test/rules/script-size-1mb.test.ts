import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-size-1mb';

describe(RULE, () => {
  it('flags a script of more than 1 MB', async () => {
    const findings = await lintCase(RULE, { script: (s) => s + '// padding\n'.repeat(100_000) });
    expectFinding(findings, { rule: RULE, file: 'script.csx', message: 'must be smaller than 1 MB' });
  });

  it('accepts a small script', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
