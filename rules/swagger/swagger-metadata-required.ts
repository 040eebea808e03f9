import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { METADATA_NAMES, metadataEntries } from '../lib/connector-info';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const KEY = 'x-ms-connector-metadata';

export default defineSpectralRule({
  id: 'swagger-metadata-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Root x-ms-connector-metadata has non-empty "Website", "Privacy policy" and "Categories" entries.',
  criterion: {
    text: 'Certification needs the connector metadata: the product website, the privacy policy and the categories, as x-ms-connector-metadata entries.',
    url: SOURCES.submission,
    rows: ['def-metadata-required', 'sv-connector-metadata-properties-missing', 'sv-required-property-missing'],
  },
  validatorCodes: ['RequiredPropertyMissing', 'ConnectorMetadataPropertiesMissing'],
  fix: 'Add x-ms-connector-metadata entries { "propertyName": "Website" | "Privacy policy" | "Categories", "propertyValue": "…" } with real values.',
  given: '$',
  then: {
    function: ruleFunction('metadataRequired', (root: unknown) => {
      if (!isObject(root)) return;
      const list = root[KEY];
      if (list === undefined) return [{ message: `The definition has no ${KEY}: it needs Website, Privacy policy and Categories entries.`, path: [KEY] }];
      if (!Array.isArray(list)) return [{ message: `${KEY} is not an array of { propertyName, propertyValue } entries.`, path: [KEY] }];
      const entries = metadataEntries(root);
      const results: RuleResult[] = [];
      for (const name of METADATA_NAMES) {
        const found = entries.filter((e) => e.known === name);
        if (found.length === 0) {
          results.push({ message: `${KEY} has no "${name}" entry.`, path: [KEY] });
          continue;
        }
        if (found.some((e) => typeof e.value === 'string' && e.value.trim() !== '')) continue;
        const entry = found[0];
        const problem = entry.value === undefined ? 'has no propertyValue' : typeof entry.value === 'string' ? 'has an empty propertyValue' : 'has a propertyValue that is not a string';
        results.push({ message: `The "${entry.name}" entry of ${KEY} ${problem}.`, path: [...entry.at, 'propertyValue'] });
      }
      return results;
    }),
  },
});
