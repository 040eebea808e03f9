import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-dynamichosturl-gateway';

const dynamicHost = { templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('host')" } };

describe(RULE, () => {
  it('flags dynamichosturl in a gateway connector', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.connectionParameters.gateway = { type: 'gatewaySetting' };
        p.properties.policyTemplateInstances.push(dynamicHost);
      },
    });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/1/templateId', message: '"gateway"' });
  });

  it('accepts dynamichosturl without a gateway', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void p.properties.policyTemplateInstances.push(dynamicHost) }), RULE);
  });
});
