import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-summary-required';

describe(RULE, () => {
  it('flags an operation without summary, at the missing key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].get.summary });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'GET /tasks has no summary' });
  });

  it('flags an empty summary, also on an internal operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].delete.summary = ' ';
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/summary', message: 'empty summary' });
  });

  it('accepts operations with summaries', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
