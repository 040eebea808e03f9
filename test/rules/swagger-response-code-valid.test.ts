import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-code-valid';

describe(RULE, () => {
  it('flags a status range such as 2XX', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks/{taskId}'].delete.responses['2XX'] = { description: 'Deleted.' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/responses/2XX', severity: 'error', message: 'The response "2XX" of DELETE /tasks/{taskId}' });
  });

  it('flags a code outside 100-599', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.responses['700'] = { description: 'Odd.' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/700' });
  });

  it('accepts status codes, default and x- extensions', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.responses['404'] = { description: 'Not found.' };
        s.paths['/tasks'].get.responses['x-note'] = 'kept';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
