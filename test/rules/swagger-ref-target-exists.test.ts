import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-ref-target-exists';

describe(RULE, () => {
  it('flags a reference to a missing definition', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.responses['201'].schema.$ref = '#/definitions/task') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/responses/201/schema/$ref', severity: 'error', message: 'names "task", which is not defined under "definitions"' });
  });

  it('flags missing shared parameters and responses', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get.parameters[0] = { $ref: '#/parameters/TaskId' };
        s.paths['/tasks'].get.responses.default = { $ref: '#/responses/Error' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/$ref', message: 'not defined under "parameters"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/default/$ref', message: 'not defined under "responses"' });
  });

  it('does not find inherited object keys such as "constructor"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.owner = { $ref: '#/definitions/constructor' }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/owner/$ref' });
  });

  it('accepts references that resolve', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
