import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-consumes-form-data';
const FILE = { name: 'file', in: 'formData', type: 'file', 'x-ms-summary': 'File', description: 'The file to attach.' };

describe(RULE, () => {
  it('flags formData parameters when only JSON is consumed (root consumes)', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.parameters = [FILE]) });
    expectFinding(findings, { rule: RULE, pointer: '/consumes', message: 'POST /tasks has formData parameters but consumes only "application/json"' });
  });

  it('flags a misspelt form MIME type on the operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters = [FILE];
        s.paths['/tasks'].post.consumes = ['application/form-data'];
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/consumes', message: '"application/form-data"' });
  });

  it('accepts multipart/form-data, and a JSON body with no consumes at all', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        delete s.consumes;
        s.paths['/tasks/{taskId}'].get.parameters.push(FILE);
        s.paths['/tasks/{taskId}'].get.consumes = ['multipart/form-data; boundary=x'];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
