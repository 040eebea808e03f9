import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-brand-color-near-white';

describe(RULE, () => {
  it('flags an almost-white colour', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#fefefe') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/iconBrandColor', message: 'almost white' });
  });

  it('leaves pure white to props-brand-color-not-banned', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#FFFFFF') }), RULE);
  });

  it('accepts a light colour with one darker channel', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#f0f0d0') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
