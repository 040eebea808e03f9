import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'settings-schema';
const settings = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ connectorId: 'shared_contoso-tasks', environment: '0a1b2c3d-0000-4000-8000-123456789abc', apiProperties: 'apiProperties.json', script: 'script.csx', ...extra }, null, 2);

describe(RULE, () => {
  it('flags a key paconn does not read', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': settings({ tenant: 'contoso' }) } });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'settings.json', pointer: '/tenant', line: 6, message: 'unknown key "tenant"' });
  });

  it('flags a value that is not a string', async () => {
    const findings = await lintCase(RULE, { files: { 'settings.json': settings({ icon: false }) } });
    expectFinding(findings, { rule: RULE, pointer: '/icon', message: 'must be a string' });
  });

  it('accepts the paconn keys, including script', async () => {
    expectNoFinding(await lintCase(RULE, { files: { 'settings.json': settings() } }), RULE);
  });
});
