import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-ref-valid';

describe(RULE, () => {
  it('flags a reference to another file, without fetching it', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.responses['201'].schema.$ref = 'common.json#/definitions/Task') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/responses/201/schema/$ref', severity: 'error', message: 'points outside this file' });
  });

  it('flags a URL reference', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.owner = { $ref: 'https://example.com/schemas/user.json' }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/owner/$ref', message: 'points outside this file' });
  });

  it('flags a schema reference into the wrong section', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.responses['200'].schema.$ref = '#/parameters/Task') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/200/schema/$ref', message: 'must point to an entry of "#/definitions/"' });
  });

  it('flags an invalid JSON Pointer escape', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.parameters = { TaskId: s.paths['/tasks/{taskId}'].get.parameters[0] };
        s.paths['/tasks/{taskId}'].get.parameters[0] = { $ref: '#/parameters/Task~2Id' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/$ref', message: 'is not a valid JSON Pointer' });
  });

  it('flags a response reference outside #/responses/', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.responses.default = { $ref: '#/definitions/Task' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/default/$ref', message: 'response reference' });
  });

  it('accepts local references, escaped names included', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions['Task/v2'] = s.definitions.Task;
        s.paths['/tasks/{taskId}'].get.responses['200'].schema.$ref = '#/definitions/Task~1v2';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
