import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-ip-publisher-ne-owner';

describe(RULE, () => {
  it('flags an independent publisher named as the service owner', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.stackOwner = 'Jane Doe') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/stackOwner', message: 'both "Jane Doe"' });
  });

  it('accepts a person as publisher and a company as stackOwner', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
