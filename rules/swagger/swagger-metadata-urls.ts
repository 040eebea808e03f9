import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isHttpUrl, metadataEntries } from '../lib/connector-info';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-metadata-urls',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The "Website" and "Privacy policy" metadata values are absolute http(s) URLs.',
  criterion: {
    text: 'The Website metadata links the product site and the Privacy policy metadata links its public privacy policy, as full URLs.',
    url: SOURCES.submission,
    rows: ['def-metadata-website-url', 'def-metadata-privacy-url'],
  },
  validatorCodes: ['5000.3.1.3', '5000.3.1.5'],
  fix: 'Set the propertyValue to the full page address, e.g. "https://www.contoso.com/privacy".',
  given: '$',
  then: {
    function: ruleFunction('metadataUrls', (root: unknown) =>
      metadataEntries(root)
        // Missing, empty and non-string values are reported by swagger-metadata-required.
        .filter((e) => (e.known === 'Website' || e.known === 'Privacy policy') && typeof e.value === 'string' && e.value.trim() !== '' && !isHttpUrl(e.value))
        .map((e) => ({ message: `The "${e.name}" value ${show(e.value)} is not an absolute http(s) URL.`, path: [...e.at, 'propertyValue'] })),
    ),
  },
});
