import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-headers-unique';

describe(RULE, () => {
  it('flags a header declared twice in different case', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].get.responses['200'].headers = { ETag: { type: 'string' }, etag: { type: 'string' } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/200/headers/etag', severity: 'error', message: 'declares header "etag" twice (also as "ETag")' });
  });

  it('accepts distinct headers', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].get.responses['200'].headers = { ETag: { type: 'string' }, 'X-Total-Count': { type: 'integer' } }),
    });
    expectNoFinding(findings, RULE);
  });
});
