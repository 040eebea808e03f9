import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameters-body-or-form-data';

describe(RULE, () => {
  it('flags body and formData parameters on one operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void s.paths['/tasks'].post.parameters.push({ name: 'file', in: 'formData', type: 'file' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/1', message: 'both a body parameter and formData' });
  });

  it('accepts formData alone', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters = [{ name: 'file', in: 'formData', type: 'file' }]),
    });
    expectNoFinding(findings, RULE);
  });
});
