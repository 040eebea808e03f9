import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schema-depth';

/** A schema of `levels` nested objects. */
function nested(levels: number): object {
  let schema: object = { type: 'string' };
  for (let i = 1; i < levels; i++) schema = { type: 'object', properties: { inner: schema } };
  return schema;
}

describe(RULE, () => {
  it('flags a body nested 21 levels deep through a $ref', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Deep = nested(20);
        s.paths['/tasks'].post.parameters[0].schema = { type: 'object', properties: { deep: { $ref: '#/definitions/Deep' } } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema', severity: 'error', message: 'The body of POST /tasks nests 21 levels deep' });
  });

  it('accepts 20 levels and recursive definitions', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters[0].schema = nested(20);
        s.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
