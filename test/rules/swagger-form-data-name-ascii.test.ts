import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-form-data-name-ascii';

describe(RULE, () => {
  it('flags a form field name with an accented letter', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters = [{ name: 'pièce', in: 'formData', type: 'file' }]),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/name', message: '"è"' });
  });

  it('accepts ASCII names, and non-ASCII names outside formData', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters = [{ name: 'attachment', in: 'formData', type: 'file' }];
        s.paths['/tasks'].get.parameters[0].name = 'état';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
