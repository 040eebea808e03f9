import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-optional-sections';

describe(RULE, () => {
  it('points out a missing Getting Started section', async () => {
    const findings = await lintCase(RULE, { readme: (t) => t.replace('## Getting Started', '## Tips') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 37, severity: 'info', message: '"## Getting Started"' });
  });

  it('treats Deployment Instructions as optional for independent publishers', async () => {
    const findings = await lintCase(RULE, { program: 'independent', readme: (t) => t.replace('## Deployment Instructions', '## Build') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', message: '"## Deployment Instructions"' });
  });

  it('accepts a readme with every section', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
