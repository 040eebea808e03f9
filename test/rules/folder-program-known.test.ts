import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'folder-program-known';

describe(RULE, () => {
  it('flags a folder whose program cannot be told', async () => {
    const findings = await lintCase(RULE, { outsideProgramTree: true, files: { 'apiProperties.json': null } });
    expectFinding(findings, { rule: RULE, file: '.', severity: 'error', message: 'does not tell the program' });
  });

  it('accepts a folder in a program tree, or one whose apiProperties.json tells', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { outsideProgramTree: true }), RULE);
  });
});
