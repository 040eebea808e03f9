import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-pageable-updatenextlink';
const pageable = (s: { paths: Record<string, Record<string, Record<string, unknown>>> }) => void (s.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextLink' });
const policy = (name: string, operations?: string[]) => ({
  templateId: 'updatenextlink',
  title: 'Next link',
  parameters: { 'x-ms-apimTemplateParameter.nextLinkPropertyName': name, ...(operations ? { 'x-ms-apimTemplate-operationName': operations } : {}) },
});

describe(RULE, () => {
  it('flags a pageable operation without an updatenextlink policy', async () => {
    const findings = await lintCase(RULE, { swagger: pageable });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiDefinition.swagger.json', pointer: '/paths/~1tasks/get/x-ms-pageable/nextLinkName', message: '"ListTasks"' });
  });

  it('flags a policy that rewrites another property', async () => {
    const findings = await lintCase(RULE, { swagger: pageable, apiProperties: (p) => void p.properties.policyTemplateInstances.push(policy('next', ['ListTasks'])) });
    expectFinding(findings, { rule: RULE, message: 'rewrites "next"' });
  });

  it('accepts a policy for the operation, or one for all operations', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: pageable, apiProperties: (p) => void p.properties.policyTemplateInstances.push(policy('nextLink', ['ListTasks'])) }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: pageable, apiProperties: (p) => void p.properties.policyTemplateInstances.push(policy('nextLink')) }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
