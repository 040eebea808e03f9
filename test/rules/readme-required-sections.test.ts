import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-required-sections';

describe(RULE, () => {
  it('flags a missing Known Issues and Limitations section, at the place it belongs', async () => {
    const findings = await lintCase(RULE, { readme: (t) => t.replace('## Known Issues and Limitations', '## Notes') });
    // Reported at the next template section that is present: Frequently Asked Questions (line 41).
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 41, message: '"## Known Issues and Limitations"' });
  });

  it('requires Deployment Instructions from verified publishers only', async () => {
    const drop = (t: string) => t.replace('## Deployment Instructions', '## Release Notes');
    expectFinding(await lintCase(RULE, { readme: drop }), { rule: RULE, file: 'readme.md', message: 'certified readme template' });
    expectNoFinding(await lintCase(RULE, { program: 'independent', readme: drop }), RULE);
  });

  it('flags a readme without a level-1 title', async () => {
    const findings = await lintCase(RULE, { readme: (t) => t.replace('# Contoso Tasks', '## Contoso Tasks') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 1, message: 'no level-1 title' });
  });

  it('flags a missing Publisher section in an independent-publisher readme', async () => {
    const findings = await lintCase(RULE, { program: 'independent', readme: (t) => t.replace('## Publisher: Jane Doe', '') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 7, message: '"## Publisher: <name>"' });
  });

  it('says so when a readme is too large to check', async () => {
    const findings = await lintCase(RULE, { readme: (t) => t + 'Filler text.\n'.repeat(25_000) });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 1, message: 'its sections were not checked' });
  });

  it('accepts the template sections, also in common rewordings', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    const reworded = (t: string) => t.replace('## Prerequisites', '## Pre-requisites').replace('## Obtaining Credentials', '## How to get credentials');
    expectNoFinding(await lintCase(RULE, { readme: reworded }), RULE);
  });

  it('does not ask for credentials when the connection needs none', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      readme: (t) => t.replace('## Obtaining Credentials', '## Usage'),
      swagger: (s) => void (delete s.securityDefinitions, delete s.security),
      apiProperties: (p) => void delete p.properties.connectionParameters,
    });
    expectNoFinding(findings, RULE);
  });
});
