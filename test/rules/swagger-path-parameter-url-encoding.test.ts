import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-parameter-url-encoding';

describe(RULE, () => {
  it('flags a path parameter without x-ms-url-encoding', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks/{taskId}'].delete.parameters[0]['x-ms-url-encoding'] });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/delete/parameters/0/x-ms-url-encoding', message: 'parameter "taskId" (path) of DELETE /tasks/{taskId}' });
  });

  it('accepts path parameters that set it', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
