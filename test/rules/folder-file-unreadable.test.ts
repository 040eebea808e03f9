import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'folder-file-unreadable';

describe(RULE, () => {
  it('flags a folder where a file should be', async () => {
    const findings = await lintCase(RULE, { files: { 'script.csx': null, 'script.csx/main.csx': 'x' } });
    expectFinding(findings, { rule: RULE, file: 'script.csx', message: 'is a folder, not a file' });
  });

  it('flags a folder named like a JSON file', async () => {
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': null, 'apiProperties.json/properties.json': '{}' } });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', message: 'is a folder, not a file' });
  });

  it('accepts readable files', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
