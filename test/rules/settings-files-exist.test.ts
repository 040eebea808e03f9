import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'settings-files-exist';

describe(RULE, () => {
  it('flags a file that is not in the folder', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{\n  "apiDefinition": "apiDefinition.json"\n}\n' } });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'settings.json', pointer: '/apiDefinition', line: 2, message: '"apiDefinition.json"' });
  });

  it('flags a path outside the folder', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{ "icon": "../shared/icon.png" }' } });
    expectFinding(findings, { rule: RULE, pointer: '/icon', message: 'outside the connector folder' });
  });

  it('accepts paths of existing files, with or without "./"', async () => {
    const good = JSON.stringify({ apiProperties: './apiProperties.json', apiDefinition: 'apiDefinition.swagger.json', icon: 'icon.png', script: 'script.csx' });
    expectNoFinding(await lintCase(RULE, { files: { 'settings.json': good } }), RULE);
  });
});
