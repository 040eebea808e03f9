import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-single-file';
const helper = 'public static class Helpers { }\n';

describe(RULE, () => {
  it('flags a second .csx file', async () => {
    const findings = await lintCase(RULE, { files: { 'helpers.csx': helper } });
    expectFinding(findings, { rule: RULE, file: 'helpers.csx', message: 'second custom code file' });
  });

  it('flags a script with another name', async () => {
    const findings = await lintCase(RULE, { files: { 'script.csx': null, 'code.csx': helper } });
    expectFinding(findings, { rule: RULE, file: 'code.csx', message: 'must be named script.csx' });
  });

  it('accepts one script.csx, or none', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
