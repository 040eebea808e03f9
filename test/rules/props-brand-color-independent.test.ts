import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-brand-color-independent';

describe(RULE, () => {
  it('flags an independent connector with its own brand colour', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.iconBrandColor = '#007ee5') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/iconBrandColor', line: 18, message: '"#007ee5"' });
  });

  it('flags a missing colour at the missing key', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void delete p.properties.iconBrandColor });
    expectFinding(findings, { rule: RULE, pointer: '/properties/iconBrandColor' });
  });

  it('accepts #da3b01 in any case', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.iconBrandColor = '#DA3B01') }), RULE);
  });

  it('does not apply to verified publishers', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'verified' }), RULE);
  });
});
