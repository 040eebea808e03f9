import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-no-ip-suffix';

describe(RULE, () => {
  it('flags the suffix in an independent-publisher title', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.info.title = 'Tide Tables (Independent Publisher)') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 4, severity: 'warning' });
  });

  it('accepts the bare name', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });

  it('does not apply to verified publishers', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Tasks (Independent Publisher)') }), RULE);
  });
});
