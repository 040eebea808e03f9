import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-contact-required';

describe(RULE, () => {
  it('flags a missing contact at the missing key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info.contact });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact', message: 'info.contact is missing' });
  });

  it('flags a contact without email', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info.contact.email });
    expectFinding(findings, { rule: RULE, pointer: '/info/contact/email' });
  });

  it('flags an empty name and the template name', async () => {
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.contact.name = '') }), { rule: RULE, pointer: '/info/contact/name', line: 8, message: 'is empty' });
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.contact.name = 'Full name') }), { rule: RULE, pointer: '/info/contact/name', message: 'placeholder' });
  });

  it('accepts a contact with name and email, with or without url', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent', swagger: (s) => void delete s.info.contact.url }), RULE);
  });
});
