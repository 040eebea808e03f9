import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-indent';

describe(RULE, () => {
  it('flags tab indentation at its first line', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, '\t') });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', line: 2, column: 1, severity: 'warning', message: 'tabs' });
  });

  it('flags a 3-space indentation step', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 3) });
    expectFinding(findings, { rule: RULE, line: 2, message: 'steps of 3 spaces' });
  });

  it('flags a line out of step', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 4).replace('\n    "host"', '\n      "host"') });
    expectFinding(findings, { rule: RULE, line: 13, message: '1 line is not indented in steps of 4 spaces' });
  });

  it('finds a line out of step whatever the line breaks', async () => {
    const odd = (s: object, br: string) => JSON.stringify(s, null, 2).replace('\n  "host"', '\n   "host"').replace(/\n/g, br);
    expectFinding(await lintCase(RULE, { swagger: (s) => odd(s, '\n') }), { rule: RULE, line: 13, message: 'steps of 2 spaces' });
    expectFinding(await lintCase(RULE, { swagger: (s) => odd(s, '\r\n') }), { rule: RULE, line: 13, message: 'steps of 2 spaces' });
    expectFinding(await lintCase(RULE, { swagger: (s) => odd(s, '\r') }), { rule: RULE, line: 13, message: 'steps of 2 spaces' });
  });

  it('accepts 4-space and consistent 2-space indentation', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 2) }), RULE);
  });
});
