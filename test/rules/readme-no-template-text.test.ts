import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-no-template-text';

describe(RULE, () => {
  it('flags an instruction paragraph left from the template', async () => {
    const findings = await lintCase(RULE, {
      readme: (t) => t.replace('Lists return at most 500 tasks.', 'Required. Include any known issues and limitations a user may encounter.'),
    });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 39, column: 1, message: 'Required. Include' });
  });

  it('flags the template publisher and operation placeholders', async () => {
    const findings = await lintCase(RULE, {
      readme: (t) => t.replace('## Publisher: Contoso Ltd', "## Publisher: Publisher's Name").replace('### Delete a task', '### Operation 2'),
    });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 5, message: "Publisher's Name" });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 25, message: 'Operation 2' });
  });

  it('flags the template title, but not a lower heading that documents a Title field', async () => {
    expectFinding(await lintCase(RULE, { readme: (t) => t.replace('# Contoso Tasks', '# Title') }), { rule: RULE, file: 'readme.md', line: 1, message: '"Title"' });
    expectNoFinding(await lintCase(RULE, { readme: (t) => t + '\n#### Title\n\nThe title of the task.\n' }), RULE);
  });

  it('accepts a readme written for the connector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { readme: (t) => t.replace('Lists return', 'Optional fields are never required. Lists return') }), RULE);
  });
});
