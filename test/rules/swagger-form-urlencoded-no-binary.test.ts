import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-form-urlencoded-no-binary';

describe(RULE, () => {
  it('flags a string/binary form field on a URL-encoded operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.consumes = ['application/x-www-form-urlencoded'];
        s.paths['/tasks'].post.parameters = [{ name: 'data', in: 'formData', type: 'string', format: 'binary' }];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0', message: 'parameter "data" (formData) is binary' });
  });

  it('accepts text fields, and files when multipart is also consumed', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.consumes = ['application/x-www-form-urlencoded'];
        s.paths['/tasks'].post.parameters = [{ name: 'title', in: 'formData', type: 'string' }];
        s.paths['/tasks/{taskId}'].get.consumes = ['application/x-www-form-urlencoded', 'multipart/form-data'];
        s.paths['/tasks/{taskId}'].get.parameters.push({ name: 'file', in: 'formData', type: 'file' });
      },
    });
    expectNoFinding(findings, RULE);
  });
});
