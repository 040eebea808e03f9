import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'settings-environment-guid';

describe(RULE, () => {
  it('flags an environment name instead of its GUID', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{\n  "environment": "Default-Contoso"\n}\n' } });
    expectFinding(findings, { rule: RULE, file: 'settings.json', pointer: '/environment', line: 2, message: 'not a lower-case GUID' });
  });

  it('flags an upper-case GUID', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': '{ "environment": "0A1B2C3D-0000-4000-8000-123456789ABC" }' } });
    expectFinding(findings, { rule: RULE, message: 'lower case' });
  });

  it('accepts a lower-case GUID and a file without environment', async () => {
    expectNoFinding(await lintCase(RULE, { files: { 'settings.json': '{ "environment": "0a1b2c3d-0000-4000-8000-123456789abc" }' } }), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'settings.json': '{ "apiProperties": "apiProperties.json" }' } }), RULE);
  });
});
