import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'folder-required-files';

describe(RULE, () => {
  it('flags a missing readme.md', async () => {
    const findings = await lintCase(RULE, { files: { 'readme.md': null } });
    expectFinding(findings, { rule: RULE, file: 'readme.md', message: 'readme.md is missing.' });
  });

  it('names a misspelt swagger file', async () => {
    const findings = await lintCase(RULE, {
      files: { 'apiDefinition.swagger.json': null, 'apiDefination.swagger.json': '{"swagger": "2.0"}' },
    });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', message: '"apiDefination.swagger.json" looks like it' });
  });

  it('flags a wrongly cased apiProperties.json', async () => {
    const props = '{"properties": {"iconBrandColor": "#1f6f8b"}}';
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': null, 'ApiProperties.json': props } });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', message: '"ApiProperties.json"' });
  });

  it('accepts a folder with the three files, and README.md in any case', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const readme = '# Contoso\n';
    expectNoFinding(await lintCase(RULE, { files: { 'readme.md': null, 'README.md': readme } }), RULE);
  });
});
