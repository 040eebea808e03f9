import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, nonEmptyOperationsOf, RESTRICTED_SUMMARY_CHARACTERS } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-summary-restricted-characters',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Operation summaries contain none of the characters / \\ < > * % & ?.',
  criterion: {
    text: 'The validator rejects an operation summary that contains any of / \\ < > * % & ?.',
    url: SOURCES.validator,
    rows: ['def-op-summary-chars', 'sv-restricted-characters-in-summary'],
  },
  validatorCodes: ['RestrictedCharactersInSummary'],
  fix: 'Rephrase the summary without / \\ < > * % & ?, e.g. "Get or update an item" instead of "Get/update item".',
  given: '$',
  then: {
    function: ruleFunction('operationSummaryRestrictedCharacters', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary !== 'string') continue;
        const found = RESTRICTED_SUMMARY_CHARACTERS.filter((c) => summary.includes(c));
        if (found.length === 0) continue;
        results.push({
          message: `The summary ${show(summary)} of ${describeOperation(op)} contains ${found.map((c) => `"${c}"`).join(', ')}.`,
          path: [...op.at, 'summary'],
        });
      }
      return results;
    }),
  },
});
