import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-no-secrets';

describe(RULE, () => {
  it('flags a token pasted into a policy value', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplateParameter.value'] = 'Bearer ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'),
    });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value', message: 'GitHub token' });
  });

  it('flags a literal API key set as a header by a policy', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const params = p.properties.policyTemplateInstances[0].parameters;
        params['x-ms-apimTemplateParameter.name'] = 'X-Api-Key';
        params['x-ms-apimTemplateParameter.value'] = 'k7Hq2Lm9Xw4Rt8Vb';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value', message: '"X-Api-Key"' });
  });

  it('flags a default value for a credential parameter', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.password = { type: 'string', defaultValue: 'k7Hq2Lm9Xw4Rt8Vb' }) });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/password/defaultValue' });
  });

  it('accepts references to connection parameters and placeholders', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const params = p.properties.policyTemplateInstances[0].parameters;
        params['x-ms-apimTemplateParameter.name'] = 'X-Api-Key';
        params['x-ms-apimTemplateParameter.value'] = "@connectionParameters('api_key')";
        p.properties.connectionParameters.token.oAuthSettings.customParameters.apiKey = { value: '[[DUMMY]]' };
      },
    });
    expectNoFinding(findings, RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
