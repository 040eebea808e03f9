import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-policy-operations-exist';
const OPS = 'x-ms-apimTemplate-operationName';

describe(RULE, () => {
  it('flags a policy limited to an operation that does not exist', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters[OPS] = ['ListTasks', 'listtask']) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: `/properties/policyTemplateInstances/0/parameters/${OPS}/1`, message: 'did you mean "ListTasks"' });
  });

  it('says once that the swagger is missing', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters[OPS] = ['ListTasks']), files: { 'apiDefinition.swagger.json': null } });
    expectFinding(findings, { rule: RULE, pointer: '/properties/policyTemplateInstances', message: 'no readable' });
  });

  it('accepts existing operations and policies for all operations', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].parameters[OPS] = ['ListTasks', 'GetTask']) }), RULE);
  });
});
