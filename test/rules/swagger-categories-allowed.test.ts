import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-categories-allowed';
const setCategories = (value: string) => (s: { 'x-ms-connector-metadata': Array<{ propertyValue: string }> }) => void (s['x-ms-connector-metadata'][2].propertyValue = value);

describe(RULE, () => {
  it('flags a category outside the list', async () => {
    const findings = await lintCase(RULE, { swagger: setCategories('Productivity;Task Management') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/2/propertyValue', line: 200, message: '"Task Management"' });
  });

  it('flags a category in the wrong case, with the right spelling', async () => {
    const findings = await lintCase(RULE, { swagger: setCategories('productivity') });
    expectFinding(findings, { rule: RULE, message: 'write it "Productivity"' });
  });

  it('flags commas used as separators', async () => {
    const findings = await lintCase(RULE, { swagger: setCategories('Productivity, Collaboration') });
    expectFinding(findings, { rule: RULE, message: 'separate categories with ";"' });
  });

  it('accepts listed categories, with spaces around ";"', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: setCategories('Sales and CRM; IT Operations') }), RULE);
  });
});
