import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-brand-color-required';

describe(RULE, () => {
  it('flags a missing iconBrandColor at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.iconBrandColor });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/iconBrandColor', message: 'missing' });
  });

  it('flags an empty iconBrandColor', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = ' ') }), { rule: RULE, message: 'empty' });
  });

  it('leaves a misspelled key to props-known-keys', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.iconbrandcolor = p.properties.iconBrandColor;
        delete p.properties.iconBrandColor;
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts the good verified connector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
