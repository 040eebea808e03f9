import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-schema-count';

/** An object schema with `n` string properties: n + 1 schema objects. */
function wide(n: number): object {
  const properties: Record<string, object> = {};
  for (let i = 0; i < n; i++) properties[`field${i}`] = { type: 'string' };
  return { type: 'object', properties };
}

// POST /tasks: its body (set below) plus the 201 response, a $ref to Task (4 schema objects).
describe(RULE, () => {
  it('flags an operation whose body and responses together pass 1000 schema objects', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters[0].schema = wide(499);
        s.paths['/tasks'].post.responses['200'] = { description: 'The task.', schema: wide(496) };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post', severity: 'error', message: 'POST /tasks uses more than 1000 schema objects' });
  });

  it('expands $refs each time they are used', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Wide = wide(400);
        s.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'object', properties: { a: { $ref: '#/definitions/Wide' } } };
        s.paths['/tasks/{taskId}'].get.responses['404'] = { description: 'Not found.', schema: { type: 'object', properties: { a: { $ref: '#/definitions/Wide' } } } };
        s.paths['/tasks/{taskId}'].get.responses['409'] = { description: 'Conflict.', schema: { $ref: '#/definitions/Wide' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get' });
  });

  it('accepts exactly 1000 schema objects and recursive definitions', async () => {
    const atLimit = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters[0].schema = wide(499);
        s.paths['/tasks'].post.responses['200'] = { description: 'The task.', schema: wide(495) };
      },
    });
    expectNoFinding(atLimit, RULE);
    const recursive = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
        s.definitions.Task.properties.children = { type: 'array', items: { $ref: '#/definitions/Task' } };
      },
    });
    expectNoFinding(recursive, RULE);
  });
});
