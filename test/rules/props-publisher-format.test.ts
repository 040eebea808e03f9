import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-publisher-format';

describe(RULE, () => {
  it('flags template text left in publisher', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.publisher = "<Publisher's Name>") });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/publisher', message: 'template text' });
  });

  it('flags a URL given as stackOwner', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.stackOwner = 'https://tidetables.example.com') });
    expectFinding(findings, { rule: RULE, pointer: '/properties/stackOwner', message: '":"' });
  });

  it('accepts names with accents, ampersands, commas and parentheses', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.publisher = 'Søren & Co. (Nordic), Ltd') }), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
