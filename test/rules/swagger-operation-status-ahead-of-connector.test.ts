import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-status-ahead-of-connector';

describe(RULE, () => {
  it('flags a Production operation in a Preview connector', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.info['x-ms-api-annotation'] = { status: 'Preview' };
        s.paths['/tasks'].get['x-ms-api-annotation'] = { status: 'Production' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-api-annotation/status', message: 'connector is in "Preview"' });
  });

  it('accepts Production operations in a Production connector', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.info['x-ms-api-annotation'] = { status: 'Production' };
        s.paths['/tasks'].get['x-ms-api-annotation'] = { status: 'Production' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
