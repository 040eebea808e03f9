import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-capabilities';

describe(RULE, () => {
  it('flags a capitalised capability and names the right spelling', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.capabilities = ['Actions']) });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/capabilities/0', message: 'write "actions"' });
  });

  it('flags an unknown capability and a non-array', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.capabilities = ['actions', 'cloud only']) }), { rule: RULE, pointer: '/properties/capabilities/1' });
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.capabilities = 'actions') }), { rule: RULE, pointer: '/properties/capabilities', message: 'must be an array' });
  });

  it('accepts known values and an empty array', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.capabilities = ['actions', 'triggers']) }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
