import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-root-keys-known';

describe(RULE, () => {
  it('flags a mis-cased root key and suggests the right one', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.basepath = '/v1') });
    expectFinding(findings, { rule: RULE, pointer: '/basepath', severity: 'warning', message: 'did you mean "basePath"' });
  });

  it('flags an OpenAPI 3 root key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.components = {}) });
    expectFinding(findings, { rule: RULE, pointer: '/components' });
  });

  it('accepts the Swagger keys and vendor extensions', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void ((s['x-generator'] = 'hand'), (s.tags = []), (s.externalDocs = { url: 'https://docs.contoso.com' })) });
    expectNoFinding(findings, RULE);
  });
});
