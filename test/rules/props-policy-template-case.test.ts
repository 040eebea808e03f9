import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-template-case';

describe(RULE, () => {
  it('flags a PascalCase alias', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].templateId = 'SetHeader') });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/0/templateId', message: 'write "setheader"' });
  });

  it('accepts the lower-case id and ignores unknown ids', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].templateId = 'SetBody') }), RULE);
  });
});
