import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-api-annotation-shape';

describe(RULE, () => {
  it('flags a replacement without api, a bad revision and a lower-case status', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.deprecated = true;
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'ListTasks', revision: '1', status: 'production', replacement: { operationId: 'ListTasks_V2' } };
      },
    });
    const at = '/paths/~1tasks/get/x-ms-api-annotation';
    expectFinding(findings, { rule: RULE, pointer: `${at}/replacement/api`, message: 'replacement of GET /tasks has no "api"' });
    expectFinding(findings, { rule: RULE, pointer: `${at}/revision`, message: 'whole number' });
    expectFinding(findings, { rule: RULE, pointer: `${at}/status`, message: '"production"' });
  });

  it('flags keys other than status on info', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info['x-ms-api-annotation'] = { status: 'Preview', family: 'Tasks' }) });
    expectFinding(findings, { rule: RULE, pointer: '/info/x-ms-api-annotation/family', message: 'only "status"' });
  });

  it('accepts the documented shape', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.info['x-ms-api-annotation'] = { status: 'Production' };
        s.paths['/tasks'].get.deprecated = true;
        s.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'ListTasks', revision: 1, status: 'Production', replacement: { api: 'contosotasks', operationId: 'ListTasks_V2' } };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
