import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-dynamichosturl-basepath';
const host = (template: string) => (p: { properties: { policyTemplateInstances: unknown[] } }) =>
  void p.properties.policyTemplateInstances.push({ templateId: 'dynamichosturl', title: 'Host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': template } });

describe(RULE, () => {
  it('flags a urlTemplate that drops the basePath', async () => {
    const findings = await lintCase(RULE, { apiProperties: host("https://@connectionParameters('host')") });
    expectFinding(findings, {
      rule: RULE,
      severity: 'warning',
      file: 'apiProperties.json',
      pointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.urlTemplate',
      message: 'basePath "/v1"',
    });
  });

  it('accepts a urlTemplate ending with the basePath, and a root basePath', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: host("https://@connectionParameters('host')/v1/") }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.basePath = '/'), apiProperties: host("https://@connectionParameters('host')") }), RULE);
  });
});
