import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-get-without-body';

describe(RULE, () => {
  it('flags a body parameter on a GET operation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s.paths['/tasks'].get.parameters.push({ name: 'filter', in: 'body', schema: { type: 'object' } }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1', message: 'GET /tasks has the parameter "filter" (body)' });
  });

  it('accepts a body on POST', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
