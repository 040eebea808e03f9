import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-brand-color-hex';

describe(RULE, () => {
  for (const bad of ['#fff', 'blue', '1f6f8b', '#1f6f8bff', 'rgb(31, 111, 139)']) {
    it(`flags ${bad}`, async () => {
      const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = bad) });
      expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/iconBrandColor', message: 'not a six-digit hex colour' });
    });
  }

  it('flags a number', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = 1234) }), { rule: RULE, message: '1234' });
  });

  it('accepts upper- and lower-case hex digits', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#1F6F8B') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
