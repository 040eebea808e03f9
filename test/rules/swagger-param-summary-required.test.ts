import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-param-summary-required';

describe(RULE, () => {
  it('flags a path parameter whose x-ms-summary is null', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'] = null) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/x-ms-summary', message: 'null x-ms-summary' });
  });

  it('exempts a parameter of an internal operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        delete s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'];
        s.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts parameters with display names', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
