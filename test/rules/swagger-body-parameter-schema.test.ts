import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-body-parameter-schema';

describe(RULE, () => {
  it('flags a body parameter described with type instead of schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0] = { name: 'body', in: 'body', required: true, type: 'string' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema', message: 'has no "schema" (it uses "type" instead)' });
  });

  it('flags non-body keys next to a schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters[0].default = {}) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/default', message: 'uses "default"' });
  });

  it('accepts a schema with x- extensions', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters[0]['x-ms-summary'] = 'Task') });
    expectNoFinding(findings, RULE);
  });
});
