import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-url-encoding-valid';

describe(RULE, () => {
  it('flags x-ms-url-encoding on a query parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'single') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-url-encoding', message: 'query parameters are always encoded once' });
  });

  it('flags an unknown value on a path parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-url-encoding'] = 'none') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/x-ms-url-encoding', message: 'must be "single" or "double"' });
  });

  it('accepts single and double on path parameters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-url-encoding'] = 'double') });
    expectNoFinding(findings, RULE);
  });
});
