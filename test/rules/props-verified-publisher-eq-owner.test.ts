import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-verified-publisher-eq-owner';

describe(RULE, () => {
  it('flags a verified connector whose publisher is not the service owner', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.publisher = 'Fabrikam Consulting') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/stackOwner', message: '"Fabrikam Consulting" differs' });
  });

  it('ignores case, punctuation and legal forms', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.publisher = 'contoso, Inc.') }), RULE);
  });

  it('does not apply to independent publishers', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
