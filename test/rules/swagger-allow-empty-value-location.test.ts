import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-allow-empty-value-location';

describe(RULE, () => {
  it('flags allowEmptyValue on a path parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0].allowEmptyValue = true) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/allowEmptyValue', message: 'only query and formData' });
  });

  it('accepts it on a query parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].allowEmptyValue = true) });
    expectNoFinding(findings, RULE);
  });
});
