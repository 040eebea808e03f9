import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-keys-allowed';

describe(RULE, () => {
  it('flags an OpenAPI 3 keyword in a schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title.nullable = true) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/nullable', severity: 'error', message: 'Property "title" of definition "Task" has the key "nullable"' });
  });

  it('flags unknown keys on parameters, responses and operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters[0].example = 'open';
        s.paths['/tasks'].get.responses['200'].content = {};
        s.paths['/tasks'].get.requestBody = {};
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/example', message: 'Parameter "status" of GET /tasks' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/200/content' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/requestBody', message: 'Operation GET /tasks' });
  });

  it('accepts x- keys and leaves misplaced body/non-body keys to their own rules', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task['x-internal-note'] = 'kept';
        s.paths['/tasks'].post.parameters[0].type = 'object';
        s.paths['/tasks'].get.parameters[0].schema = { type: 'string' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
