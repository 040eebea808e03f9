import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { categoryTokens, metadataEntries } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

const MAX = 2;

export default defineSpectralRule({
  id: 'swagger-categories-count',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `The "Categories" metadata lists one or ${MAX} categories, with no empty entries.`,
  criterion: {
    text: `A connector has at most ${MAX} categories, separated by ";".`,
    url: reviewThread(4077),
    rows: ['def-metadata-categories-count', 'sv-too-many-connector-categories'],
  },
  validatorCodes: ['TooManyConnectorCategories'],
  fix: `Keep the ${MAX} categories that fit best, separated by a single ";", e.g. "Productivity;Collaboration".`,
  given: '$',
  then: {
    function: ruleFunction('categoriesCount', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const entry of metadataEntries(root)) {
        // An empty value is reported by swagger-metadata-required.
        if (entry.known !== 'Categories' || typeof entry.value !== 'string' || entry.value.trim() === '') continue;
        const tokens = categoryTokens(entry.value);
        const path = [...entry.at, 'propertyValue'];
        const named = tokens.filter((t) => t !== '');
        if (named.length > MAX) results.push({ message: `Categories lists ${named.length} categories (${named.join(', ')}); at most ${MAX} are allowed.`, path });
        if (named.length < tokens.length) results.push({ message: `Categories "${entry.value}" has an empty entry between or after ";".`, path });
      }
      return results;
    }),
  },
});
