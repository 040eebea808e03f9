import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The name left from the connector template. */
const PLACEHOLDER_NAME = /^\s*full name\s*$/i;

export default defineSpectralRule({
  id: 'swagger-contact-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.contact is present with a name and an email address.',
  criterion: {
    text: 'Certification needs a support contact in info.contact with a name and an email address (verified publishers also give a URL, see swagger-contact-url-required).',
    url: SOURCES.submission,
    rows: ['def-contact-required', 'sv-required-property-missing'],
  },
  validatorCodes: ['RequiredPropertyMissing', '5000.3.1.4'],
  fix: 'Add info.contact with the "name" and "email" of the support team, e.g. { "name": "Contoso Support", "email": "support@contoso.com" }.',
  given: '$',
  then: {
    function: ruleFunction('contactRequired', (root: unknown) => {
      const info = isObject(root) ? root.info : undefined;
      // A missing info object is reported by swagger-title-required.
      if (!isObject(info)) return;
      const contact = info.contact;
      if (contact === undefined) return [{ message: 'info.contact is missing.', path: ['info', 'contact'] }];
      if (!isObject(contact)) return [{ message: 'info.contact is not an object with name and email.', path: ['info', 'contact'] }];
      const results: RuleResult[] = [];
      for (const key of ['name', 'email']) {
        const value = contact[key];
        if (typeof value === 'string' && value.trim() !== '') continue;
        // Other non-string emails are reported by swagger-contact-email.
        if (key === 'email' && value !== undefined && value !== null && typeof value !== 'string') continue;
        const problem = value === undefined || value === null ? 'is missing' : typeof value === 'string' ? 'is empty' : 'is not a string';
        results.push({ message: `info.contact.${key} ${problem}.`, path: ['info', 'contact', key] });
      }
      if (typeof contact.name === 'string' && PLACEHOLDER_NAME.test(contact.name)) {
        results.push({ message: `info.contact.name is the template placeholder "${contact.name}".`, path: ['info', 'contact', 'name'] });
      }
      return results;
    }),
  },
});
