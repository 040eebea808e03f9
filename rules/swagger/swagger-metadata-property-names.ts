import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { metadataEntries } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-metadata-property-names',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The x-ms-connector-metadata propertyName values are spelled exactly "Website", "Privacy policy" and "Categories".',
  criterion: {
    text: 'The metadata property names must be written exactly as documented, including their case.',
    url: SOURCES.submission,
    rows: ['def-metadata-propertyname-exact'],
  },
  fix: 'Write the propertyName exactly as documented: "Website", "Privacy policy" or "Categories".',
  given: '$',
  then: {
    function: ruleFunction('metadataPropertyNames', (root: unknown) =>
      metadataEntries(root)
        .filter((e) => e.known !== undefined && e.name !== e.known)
        .map((e) => ({ message: `The metadata propertyName "${e.name}" should be written "${e.known}".`, path: [...e.at, 'propertyName'] })),
    ),
  },
});
