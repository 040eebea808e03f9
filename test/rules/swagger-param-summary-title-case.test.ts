import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-param-summary-title-case';

describe(RULE, () => {
  it('flags lower-case words in a parameter x-ms-summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'] = 'Task id') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/x-ms-summary', message: '("id")' });
  });

  it('accepts short joining words, brand spellings and internal parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'Status of the Task in iCal';
        s.paths['/tasks/{taskId}'].delete.parameters[0]['x-ms-summary'] = 'task id';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
