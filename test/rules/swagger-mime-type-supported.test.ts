import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-mime-type-supported';

describe(RULE, () => {
  it('flags an uncommon MIME type', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.produces = ['application/json', 'application/x-contoso-tasks']) });
    expectFinding(findings, { rule: RULE, pointer: '/produces/1', severity: 'warning', message: '"application/x-contoso-tasks"' });
  });

  it('flags "application/text" in an operation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.consumes = ['application/text']) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/consumes/0' });
  });

  it('accepts JSON, XML, text, forms and files', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const common = ['application/vnd.api+json', 'text/xml', 'text/csv; charset=utf-8', 'multipart/form-data', 'application/octet-stream', 'image/png', 'application/pdf'];
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.produces = common) }), RULE);
  });
});
