import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-setheader-section';

describe(RULE, () => {
  it('flags a setheader without a policy section, at the missing key', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-policySection'] });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-policySection' });
  });

  it('accepts a setheader that states its section', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
