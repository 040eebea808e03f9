import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'json-bom';

describe(RULE, () => {
  it('flags a byte order mark', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => '\ufeff' + JSON.stringify(p, null, 4) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', line: 1, column: 1, severity: 'warning' });
  });

  it('accepts UTF-8 without a byte order mark', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
