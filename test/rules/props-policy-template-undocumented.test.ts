import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-template-undocumented';

describe(RULE, () => {
  it('flags an undocumented template', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) =>
        void p.properties.policyTemplateInstances.push({ templateId: 'setconnectionstatustounauthenticated', title: 'Expired', parameters: { 'x-ms-apimTemplateParameter.statusCode': '401' } }),
    });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/1/templateId', message: 'not documented' });
  });

  it('accepts documented templates', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
