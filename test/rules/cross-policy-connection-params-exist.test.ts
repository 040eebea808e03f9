import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-policy-connection-params-exist';
const VALUE = 'x-ms-apimTemplateParameter.value';

describe(RULE, () => {
  it('flags a policy reading a connection parameter that does not exist', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters[VALUE] = "@connectionParameters('clientName')") });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `/properties/policyTemplateInstances/0/parameters/${VALUE}`, message: "@connectionParameters('clientName')" });
  });

  it('suggests the parameter that differs only in case', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) =>
        void (p.properties.policyTemplateInstances = [
          { templateId: 'setheader', title: 'Key', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Api-Key', [VALUE]: "@connectionParameters('API_KEY', '')", 'x-ms-apimTemplate-policySection': 'Request' } },
        ]),
    });
    expectFinding(findings, { rule: RULE, message: 'did you mean "api_key"' });
  });

  it('accepts references to defined parameters, including those of parameter sets', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        p.properties.connectionParameterSets = { uiDefinition: {}, values: [{ name: 'eu', uiDefinition: {}, parameters: { region: { type: 'string' } } }] };
        p.properties.policyTemplateInstances = [
          { templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('region').example.com" } },
          { templateId: 'setheader', title: 'Key', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Api-Key', [VALUE]: "@connectionParameters('api_key')" } },
        ];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
