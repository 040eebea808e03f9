import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-required-read-only-input';

describe(RULE, () => {
  it('flags a readOnly required property of a request body', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.title.readOnly = true) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/required/0', severity: 'error', message: 'Property "title" of the body of POST /tasks is readOnly and required' });
  });

  it('flags it in a definition that a body uses', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.id.readOnly = true;
        s.definitions.Task.required = ['id'];
        s.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Task' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/required/0' });
  });

  it('accepts readOnly required properties in response-only schemas', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.id.readOnly = true;
        s.definitions.Task.required = ['id'];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
