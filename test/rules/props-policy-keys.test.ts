import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-keys';
const AT = '/properties/policyTemplateInstances/0';

describe(RULE, () => {
  it('flags a template parameter the template does not have, naming the right spelling', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const params = p.properties.policyTemplateInstances[0].parameters;
        params['x-ms-apimTemplateParameter.Value'] = params['x-ms-apimTemplateParameter.value'];
        delete params['x-ms-apimTemplateParameter.value'];
      },
    });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/parameters/x-ms-apimTemplateParameter.Value`, message: 'write "value"' });
  });

  it('flags a parameter key without the template prefix', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters.urlTemplate = 'https://contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters/urlTemplate`, message: 'not of the form' });
  });

  it('flags an operation list that is a string, and unknown instance keys', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-operationName'] = 'ListTasks';
        p.properties.policyTemplateInstances[0].enabled = true;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters/x-ms-apimTemplate-operationName`, message: 'array of operationIds' });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/enabled` });
  });

  it('accepts the documented keys', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
