import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-path-duplicate';

describe(RULE, () => {
  it('flags the same method on paths that differ only in variable names', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const op = structuredClone(s.paths['/tasks/{taskId}'].get);
        op.operationId = 'GetTaskByKey';
        op.parameters[0].name = 'key';
        s.paths['/tasks/{key}'] = { get: op };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{key}/get', message: 'cannot be told apart from GET /tasks/{taskId}' });
  });

  it('accepts other methods on such paths, and fixed segments that differ', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{key}'] = { put: s.paths['/tasks'].post };
        s.paths['/lists/{taskId}'] = { get: s.paths['/tasks/{taskId}'].get };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
