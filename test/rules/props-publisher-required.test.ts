import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-publisher-required';

describe(RULE, () => {
  it('flags a missing publisher at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.publisher });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/publisher', message: 'publisher is missing' });
  });

  it('flags an empty or non-string publisher', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.publisher = '') }), { rule: RULE, message: 'empty' });
    expectFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.publisher = ['Tide Tables Ltd']) }), { rule: RULE, message: 'not a name' });
  });

  it('leaves a mis-cased key to props-known-keys', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties['Publisher'] = p.properties.publisher;
        delete p.properties.publisher;
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts both good connectors', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
