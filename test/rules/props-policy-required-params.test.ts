import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-required-params';

describe(RULE, () => {
  it('flags a setheader without its value', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void delete p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplateParameter.value'] });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value', message: 'missing required parameter value' });
  });

  it('flags a dynamichosturl without urlTemplate, and a pollingtrigger whose triggerConfig is not an object', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.policyTemplateInstances.push({ templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': '' } });
        p.properties.policyTemplateInstances.push({
          templateId: 'pollingtrigger',
          title: 'Poll',
          parameters: { 'x-ms-apimTemplateParameter.triggerConfig': 'every minute', 'x-ms-apimTemplateParameter.triggerDataPath': '@body().value' },
        });
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.urlTemplate', message: 'empty' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances/2/parameters/x-ms-apimTemplateParameter.triggerConfig', message: 'object' });
  });

  it('accepts complete instances', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
