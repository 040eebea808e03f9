import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-brand-color-not-banned';

describe(RULE, () => {
  it('flags the default custom-connector blue', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#007EE5') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/iconBrandColor', message: 'default blue' });
  });

  it('flags white', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#ffffff') }), { rule: RULE, message: 'white' });
  });

  it('accepts a real brand colour', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
