import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { CATEGORIES, categoryTokens, metadataEntries } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-categories-allowed',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every value of the "Categories" metadata is one of the 19 connector categories, spelled exactly.',
  criterion: {
    text: `Connector categories come from a fixed list: ${CATEGORIES.join(', ')}.`,
    url: SOURCES.submission,
    rows: ['def-metadata-categories-allowed', 'sv-invalid-connector-category'],
  },
  validatorCodes: ['InvalidConnectorCategory'],
  fix: 'Use categories from the allowed list, separated by ";", e.g. "Productivity;Collaboration".',
  given: '$',
  then: {
    function: ruleFunction('categoriesAllowed', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const entry of metadataEntries(root)) {
        if (entry.known !== 'Categories' || typeof entry.value !== 'string') continue;
        // Empty tokens are reported by swagger-categories-count.
        for (const token of categoryTokens(entry.value).filter((t) => t !== '')) {
          if ((CATEGORIES as readonly string[]).includes(token)) continue;
          const near = CATEGORIES.find((c) => c.toLowerCase() === token.toLowerCase());
          const hint = near ? `; write it "${near}"` : /[,|/]/.test(token) ? '; separate categories with ";"' : '';
          results.push({ message: `"${token}" is not an allowed connector category${hint}.`, path: [...entry.at, 'propertyValue'] });
        }
      }
      return results;
    }),
  },
});
