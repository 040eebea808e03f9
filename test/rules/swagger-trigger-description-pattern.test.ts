import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-trigger-description-pattern';

describe(RULE, () => {
  it('flags a trigger description that does not say when it triggers', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
        s.paths['/tasks'].get.description = 'Returns new tasks.';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/description', message: 'This operation triggers when' });
  });

  it('accepts the documented pattern, also with an object before "when"', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
        s.paths['/tasks'].get.description = 'This operation triggers when a task is created.';
        s.paths['/tasks/{taskId}'].get['x-ms-trigger'] = 'single';
        s.paths['/tasks/{taskId}'].get.description = 'This operation triggers a flow when a task changes.';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
