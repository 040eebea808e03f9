import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-metadata-required';

describe(RULE, () => {
  it('flags a definition without x-ms-connector-metadata', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s['x-ms-connector-metadata'] });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata', message: 'Website, Privacy policy and Categories' });
  });

  it('flags a missing Categories entry', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s['x-ms-connector-metadata'].pop() });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata', message: 'no "Categories" entry' });
  });

  it('flags an empty Website value at the value', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-connector-metadata'][0].propertyValue = '') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/0/propertyValue', line: 192, message: 'empty propertyValue' });
  });

  it('accepts the three entries, whatever the case of their names', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s['x-ms-connector-metadata'][1].propertyName = 'Privacy Policy') }), RULE);
  });
});
