import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-root-shape';

describe(RULE, () => {
  it('flags a setting written beside "properties"', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.iconBrandColor = '#1f6f8b') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/iconBrandColor', message: 'belongs inside "properties"' });
  });

  it('flags a file without "properties" at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => JSON.stringify({ settings: p.properties }) });
    expectFinding(findings, { rule: RULE, pointer: '/properties', message: 'no "properties"' });
  });

  it('flags a root that is not an object', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: () => '[]' }), { rule: RULE, pointer: '', message: 'an array' });
  });

  it('accepts "properties" with an optional "$schema"', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.$schema = 'https://example.com/schema.json') }), RULE);
  });
});
