import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-text-product-names';

describe(RULE, () => {
  it('flags a product name in an operation description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.description = 'Lists tasks for use in Power Automate.') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/description', message: 'names "Power Automate"' });
  });

  it('flags a product name in a parameter x-ms-summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'PowerApps Status') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-summary', message: '"PowerApps"' });
  });

  it('exempts internal operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].delete.summary = 'Delete a task from Logic Apps';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
