import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-script-file-required';

describe(RULE, () => {
  it('flags scriptOperations without script.csx', async () => {
    const findings = await lintCase(RULE, { files: { 'script.csx': null } });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/scriptOperations', message: 'no script.csx' });
  });

  it('accepts a connector with its script, and one without custom code', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
