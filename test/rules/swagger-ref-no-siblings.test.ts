import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-ref-no-siblings';

describe(RULE, () => {
  it('flags a description next to a schema $ref', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.responses['201'].schema.description = 'The task.') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/responses/201/schema/description', severity: 'error', message: '"description" is written next to "$ref": "#/definitions/Task"' });
  });

  it('flags keys next to a parameter $ref', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.parameters = { TaskId: s.paths['/tasks/{taskId}'].get.parameters[0] };
        s.paths['/tasks/{taskId}'].get.parameters[0] = { $ref: '#/parameters/TaskId', required: true };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/required' });
  });

  it('accepts a $ref on its own', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
