import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-categories-count';
const setCategories = (value: string) => (s: { 'x-ms-connector-metadata': Array<{ propertyValue: string }> }) => void (s['x-ms-connector-metadata'][2].propertyValue = value);

describe(RULE, () => {
  it('flags three categories', async () => {
    const findings = await lintCase(RULE, { swagger: setCategories('Productivity;Collaboration;Data') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/2/propertyValue', line: 200, message: '3 categories' });
  });

  it('flags an empty entry after ";"', async () => {
    const findings = await lintCase(RULE, { swagger: setCategories('Productivity;') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/2/propertyValue', message: 'empty entry' });
  });

  it('accepts one or two categories', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
