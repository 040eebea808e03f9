import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-file-parameter-in-form-data';

describe(RULE, () => {
  it('flags a file query parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].type = 'file') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/type', message: 'valid only for formData' });
  });

  it('accepts a file form field', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters = [{ name: 'file', in: 'formData', type: 'file' }]),
    });
    expectNoFinding(findings, RULE);
  });
});
