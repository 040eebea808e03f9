import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-enums';
const AT = '/properties/policyTemplateInstances/0/parameters';

describe(RULE, () => {
  it('flags an unknown existsAction', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplateParameter.existsAction'] = 'replace') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `${AT}/x-ms-apimTemplateParameter.existsAction`, message: 'allowed: override, skip, append' });
  });

  it('flags a lower-case policy section and names the right spelling', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-policySection'] = 'request') });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/x-ms-apimTemplate-policySection`, message: 'write "Request"' });
  });

  it('flags a route with an unsupported HTTP method', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) =>
        void p.properties.policyTemplateInstances.push({
          templateId: 'routerequesttoendpoint',
          title: 'Route',
          parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/tasks', 'x-ms-apimTemplateParameter.httpMethod': 'TRACE' },
        }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.httpMethod' });
  });

  it('accepts Failure for setheader and the allowed values', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-policySection'] = 'Failure') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
