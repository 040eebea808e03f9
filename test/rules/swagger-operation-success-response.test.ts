import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-success-response';

describe(RULE, () => {
  it('flags an operation whose only response is "default"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].get.responses['200'] });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses', message: 'no 2xx response (only "default")' });
  });

  it('flags error codes without a success code', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].delete.responses = { '404': { description: 'Not found.' } }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/responses', message: '"404"' });
  });

  it('accepts 200, 201 and 204 and leaves a missing responses object to its own rule', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.responses = {}) });
    expectNoFinding(findings, RULE);
  });
});
