import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-publisher-match';

describe(RULE, () => {
  it('flags a readme that names another publisher', async () => {
    const findings = await lintCase(RULE, { readme: (t) => t.replace('## Publisher: Contoso Ltd', '## Publisher: Fabrikam') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 5, message: '"Fabrikam", but apiProperties.json says "Contoso Ltd"' });
  });

  it('accepts the same name with another legal form, spacing or case', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { readme: (t) => t.replace('## Publisher: Contoso Ltd', '## Publisher: contoso, Inc.') }), RULE);
  });

  it('accepts several independent publishers when the declared one is among them', async () => {
    const readme = (t: string) => t.replace('## Publisher: Jane Doe', '## Publisher: John Smith, Jane Doe');
    expectNoFinding(await lintCase(RULE, { program: 'independent', readme }), RULE);
  });
});
