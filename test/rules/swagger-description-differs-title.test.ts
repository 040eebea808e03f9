import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-differs-title';

describe(RULE, () => {
  it('flags a description that repeats the title', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Contoso tasks.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, severity: 'warning' });
  });

  it('accepts a description that says more', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
