import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-summary-ends-alphanumeric';

describe(RULE, () => {
  it('flags a summary ending with a full stop', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'List tasks.') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'ends with "."' });
  });

  it('flags a trailing space', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'List tasks ') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'ends with a space' });
  });

  it('accepts a closing parenthesis and exempts internal operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.summary = 'List tasks (deprecated)';
        s.paths['/tasks/{taskId}'].delete.summary = 'Delete a task.';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
