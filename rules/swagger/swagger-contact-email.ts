import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isEmail } from '../lib/connector-info';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-contact-email',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.contact.email is a valid email address.',
  criterion: {
    text: 'The support contact email must be a valid (ASCII) email address.',
    url: SOURCES.validator,
    rows: ['def-contact-email-format', 'sv-contact-email-not-valid'],
  },
  validatorCodes: ['ContactEmailNotValid', '5000.3.1.4'],
  fix: 'Set info.contact.email to a plain address such as "support@contoso.com", without "mailto:", spaces or a display name.',
  given: '$.info.contact.email',
  then: {
    function: ruleFunction('contactEmail', (email: unknown) => {
      // Missing or empty emails are reported by swagger-contact-required.
      if (email === undefined || email === null || (typeof email === 'string' && email.trim() === '')) return;
      if (typeof email === 'string' && isEmail(email)) return;
      return [{ message: `info.contact.email ${show(email)} is not a valid email address.` }];
    }),
  },
});
