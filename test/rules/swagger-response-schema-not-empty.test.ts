import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-schema-not-empty';

describe(RULE, () => {
  it('flags an empty {} success schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.responses['200'].schema = {}) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/200/schema', severity: 'warning', message: 'has an empty schema' });
  });

  it('flags a $ref to a bare object definition', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task = { type: 'object', description: 'A task.' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/responses/201/schema', message: '(#/definitions/Task)' });
  });

  it('accepts maps, dynamic schemas and typed schemas', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'object', additionalProperties: { type: 'string' } };
        s.paths['/tasks'].post.responses['201'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'ListTasks', parameters: {} } };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
