import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'intro-sections';

const intro = `Contoso Tasks keeps a team's to-do lists in one place.

## Prerequisites

A Contoso Tasks account.

## How to get credentials

Sign in with your Contoso account.

## Get started with your connector

Add "List tasks" to a flow.

## Known issues and limitations

Lists return at most 500 tasks.

## Common errors and remedies

A 401 error means the sign-in expired: edit the connection.

## FAQ

### Can I use a shared account?

Yes.
`;

describe(RULE, () => {
  it('flags missing sections', async () => {
    const findings = await lintCase(RULE, { files: { 'intro.md': intro.replace('## Common errors and remedies', '## Support').replace('## FAQ', '## More') } });
    expectFinding(findings, { rule: RULE, file: 'intro.md', message: '"Common errors and remedies"' });
    expectFinding(findings, { rule: RULE, file: 'intro.md', message: '"FAQ"' });
  });

  it('flags an intro that does not open with a description', async () => {
    const findings = await lintCase(RULE, { files: { 'intro.md': intro.replace("Contoso Tasks keeps a team's to-do lists in one place.\n\n", '') } });
    expectFinding(findings, { rule: RULE, file: 'intro.md', line: 1, message: 'does not open with a paragraph' });
  });

  it('accepts a complete intro.md, and a folder without one', async () => {
    expectNoFinding(await lintCase(RULE, { files: { 'intro.md': intro } }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
