import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-contact-url-required';

describe(RULE, () => {
  it('flags a verified connector without a support URL', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info.contact.url });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact/url', message: 'is missing' });
  });

  it('flags an empty URL', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.contact.url = '') });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact/url', line: 9, message: 'is empty' });
  });

  it('accepts a URL, and does not apply to independent publishers', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent', swagger: (s) => void delete s.info.contact.url }), RULE);
  });
});
