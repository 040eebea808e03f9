import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-known-keys';

describe(RULE, () => {
  it('flags an unknown key such as "website"', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.website = 'https://contoso.com') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/website', message: 'not a known key' });
  });

  it('names the right spelling of a mis-cased key', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.stackowner = p.properties.stackOwner;
        delete p.properties.stackOwner;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/stackowner', message: 'written "stackOwner"' });
  });

  it('accepts the documented keys, including connectionParameterSets and script', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
