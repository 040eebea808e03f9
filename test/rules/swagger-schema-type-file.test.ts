import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schema-type-file';

describe(RULE, () => {
  it('flags a property of type file', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.attachment = { type: 'file' }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/attachment/type', severity: 'error', message: 'Property "attachment" of definition "Task" has type "file"' });
  });

  it('flags a request body of type file', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema = { type: 'file' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/type', message: 'The body of POST /tasks' });
  });

  it('accepts a file as the whole response schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'file' };
        s.definitions.Download = { type: 'file' };
        s.paths['/tasks'].post.responses['201'].schema = { $ref: '#/definitions/Download' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
