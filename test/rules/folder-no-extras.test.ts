import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'folder-no-extras';
const screenshot = makePng({ width: 20, height: 10, background: '#cccccc' });

describe(RULE, () => {
  it('flags settings.json and intro.md', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{}', 'intro.md': '# Contoso Tasks\n' } });
    expectFinding(findings, { rule: RULE, file: 'settings.json', message: 'paconn settings file' });
    expectFinding(findings, { rule: RULE, file: 'intro.md', message: 'Partner Center package' });
  });

  it('flags system files, editor folders, archives, collections and spare definitions', async () => {
    const findings = await lintCase(RULE, {
      files: {
        '.DS_Store': 'x',
        '.vs/settings.json': '{}',
        'ContosoTasks.zip': 'PK',
        'Contoso.postman_collection.json': '{}',
        'apiDefinition.yaml': 'swagger: "2.0"',
      },
    });
    expectFinding(findings, { rule: RULE, file: '.DS_Store', message: 'operating-system file' });
    expectFinding(findings, { rule: RULE, file: '.vs', message: 'editor or build output' });
    expectFinding(findings, { rule: RULE, file: 'ContosoTasks.zip', message: 'archive' });
    expectFinding(findings, { rule: RULE, file: 'Contoso.postman_collection.json', message: 'Postman' });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.yaml', message: 'second copy of the API definition' });
  });

  it('flags an image the readme does not show', async () => {
    const findings = await lintCase(RULE, { files: { 'images/old.png': screenshot } });
    expectFinding(findings, { rule: RULE, file: 'images/old.png', message: 'the readme does not show' });
  });

  it('accepts the connector files, the icon and images the readme shows', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const readme = (t: string) => t.replace('## Getting Started\n', '## Getting Started\n\n![A flow](images/flow.png)\n');
    expectNoFinding(await lintCase(RULE, { readme, files: { 'images/flow.png': screenshot } }), RULE);
  });
});
