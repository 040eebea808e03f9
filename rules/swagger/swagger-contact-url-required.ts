import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-contact-url-required',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A verified connector gives a support URL in info.contact.url.',
  criterion: {
    text: 'Verified publishers give a support contact with a name, a URL and an email address.',
    url: SOURCES.submission,
    rows: ['def-contact-required'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add "url" to info.contact with the address of the support page, e.g. "https://support.contoso.com".',
  given: '$.info.contact',
  then: {
    function: ruleFunction('contactUrlRequired', (contact: unknown) => {
      // A missing contact object is reported by swagger-contact-required.
      if (!isObject(contact)) return;
      const url = contact.url;
      // Any other value is checked by swagger-url-valid.
      if (url !== undefined && url !== null && url !== '') return;
      return [{ message: `info.contact.url ${url === '' ? 'is empty' : 'is missing'}.`, path: ['info', 'contact', 'url'] }];
    }),
  },
});
