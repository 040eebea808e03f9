import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-body-schema-size';

/** An object schema with `n` string properties. */
function wide(n: number): object {
  const properties: Record<string, object> = {};
  for (let i = 0; i < n; i++) properties[`field${i}`] = { type: 'string' };
  return { type: 'object', properties };
}

describe(RULE, () => {
  it('flags a response that expands past 512 schema objects through $refs', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Wide = wide(300);
        s.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'object', properties: { a: { $ref: '#/definitions/Wide' }, b: { $ref: '#/definitions/Wide' } } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/200/schema', severity: 'error', message: 'The 200 response of GET /tasks/{taskId} expands to more than 512' });
  });

  it('ends recursion at a definition already being expanded', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
        s.definitions.Task.properties.children = { type: 'array', items: { $ref: '#/definitions/Task' } };
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts a body of exactly 512 schema objects', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema = wide(511)) }), RULE);
  });
});
