import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-contact-email';

describe(RULE, () => {
  it('flags an address without "@"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.contact.email = 'connectors at contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact/email', line: 10, message: '"connectors at contoso.com"' });
  });

  it('flags a mailto: link and a non-ASCII address', async () => {
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.contact.email = 'mailto:support@contoso.com') }), { rule: RULE, pointer: '/info/contact/email' });
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.contact.email = 'support@contöso.com') }), { rule: RULE, pointer: '/info/contact/email' });
  });

  it('accepts plain addresses', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.contact.email = 'first.last+tasks@mail.contoso.co.uk') }), RULE);
  });
});
