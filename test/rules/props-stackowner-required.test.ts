import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-stackowner-required';

describe(RULE, () => {
  it('flags a missing stackOwner at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.stackOwner });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/stackOwner', message: 'stackOwner is missing' });
  });

  it('flags an empty or non-string stackOwner', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.stackOwner = '') }), { rule: RULE, message: 'empty' });
    expectFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.stackOwner = ['Tide Tables Ltd']) }), { rule: RULE, message: 'not a name' });
  });

  it('leaves a mis-cased key to props-known-keys', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties['stackowner'] = p.properties.stackOwner;
        delete p.properties.stackOwner;
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts both good connectors', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
