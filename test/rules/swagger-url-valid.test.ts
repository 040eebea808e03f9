import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-url-valid';

describe(RULE, () => {
  it('flags a contact URL without scheme', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.contact.url = 'support.contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact/url', line: 9, message: '"support.contoso.com"' });
  });

  it('flags a relative externalDocs URL and a bad license URL', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.externalDocs = { url: '/docs' };
        s.info.license = { name: 'MIT', url: 'ftp://contoso.com/license' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/externalDocs/url' });
    expectFinding(findings, { rule: RULE, pointer: '/info/license/url' });
  });

  it('flags an operation externalDocs URL', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.externalDocs = { url: 'docs page' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/externalDocs/url' });
  });

  it('accepts absolute URLs', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.license = { name: 'MIT', url: 'http://contoso.com/license?lang=en' }) }), RULE);
  });
});
