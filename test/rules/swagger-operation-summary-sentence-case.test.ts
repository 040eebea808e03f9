import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-summary-sentence-case';

describe(RULE, () => {
  it('flags a summary that is a code identifier', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'listTasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'identifier' });
  });

  it('flags a summary starting in lower case', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'list tasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'lower-case' });
  });

  it('flags a summary in capitals', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.summary = 'CREATE A TASK') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/summary', message: 'capitals' });
  });

  it('accepts sentence case, Title Case and brand names, and exempts internal operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.summary = 'List Tasks';
        s.paths['/tasks'].post.summary = 'iCal export of a task';
        s.paths['/tasks/{taskId}'].delete.summary = 'deleteTask';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
