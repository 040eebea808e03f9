import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'settings-api-versions';

describe(RULE, () => {
  it('flags another API version', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{\n  "powerAppsApiVersion": "2020-01-01"\n}\n' } });
    expectFinding(findings, { rule: RULE, file: 'settings.json', pointer: '/powerAppsApiVersion', line: 2, message: '"2016-11-01"' });
  });

  it('flags a service URL without a scheme', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{ "flowUrl": "api.flow.microsoft.com" }' } });
    expectFinding(findings, { rule: RULE, pointer: '/flowUrl', message: 'absolute' });
  });

  it('accepts the documented values', async () => {
    const good = JSON.stringify({ powerAppsUrl: 'https://api.powerapps.com', powerAppsApiVersion: '2016-11-01', flowUrl: 'https://api.flow.microsoft.com', flowApiVersion: '2016-11-01' });
    expectNoFinding(await lintCase(RULE, { files: { 'settings.json': good } }), RULE);
  });
});
