import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameters-single-body';

describe(RULE, () => {
  it('flags a second body parameter on an operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void s.paths['/tasks'].post.parameters.push({ name: 'extra', in: 'body', schema: { type: 'object' } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/1', message: 'POST /tasks has more than one body parameter' });
  });

  it('flags a body parameter next to another inherited from the path', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].parameters = [{ name: 'envelope', in: 'body', schema: { type: 'object' } }]),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0', message: 'inherits one from its path' });
  });

  it('accepts an operation body that overrides the path body of the same name', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].parameters = [{ name: 'body', in: 'body', schema: { type: 'object' } }]),
    });
    expectNoFinding(findings, RULE);
  });
});
