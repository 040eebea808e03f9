import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-policy-template-known';

describe(RULE, () => {
  it('flags a template id that does not exist', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].templateId = 'setbody') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/policyTemplateInstances/0/templateId', message: '"setbody" does not exist' });
  });

  it('flags a missing templateId and a non-array list', async () => {
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void delete p.properties.policyTemplateInstances[0].templateId }), { rule: RULE, pointer: '/properties/policyTemplateInstances/0/templateId', message: 'no templateId' });
    expectFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances = p.properties.policyTemplateInstances[0]) }), { rule: RULE, pointer: '/properties/policyTemplateInstances' });
  });

  it('accepts documented ids in any case, and leaves undocumented ones to a warning', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].templateId = 'SetHeader') }), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.policyTemplateInstances[0].templateId = 'moveproperties') }), RULE);
  });
});
