import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** What keeps a summary from reading as a sentence-case phrase, or undefined. */
function sentenceCaseProblem(summary: string): string | undefined {
  const text = summary.trim();
  const firstLetter = text.match(/\p{L}/u);
  if (!firstLetter) return undefined;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (/^\p{Ll}/u.test(firstLetter[0]) && !/\p{Lu}/u.test(text.split(/\s+/)[0])) return 'starts with a lower-case letter';
  if (words.length >= 2 && !/\p{Ll}/u.test(text)) return 'is written in capitals';
  if (words.length === 1 && !/\s/.test(text) && (/\p{Ll}\p{Lu}/u.test(text) || text.includes('_'))) return 'is a single joined-up identifier, not a phrase';
  return undefined;
}

export default defineSpectralRule({
  id: 'swagger-operation-summary-sentence-case',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Summaries of visible operations are sentence-case phrases, not lower-case, all-capital or code identifiers.',
  criterion: {
    text: 'Operation summaries are written in sentence case, e.g. "Send an email": capitalised first word, not all capitals, not a code identifier such as "getItems". Internal operations are exempt.',
    url: SOURCES.strings,
    rows: ['def-op-summary-sentence-case'],
  },
  fix: 'Write the summary as a phrase in sentence case, e.g. "Get items" instead of "getItems".',
  given: '$',
  then: {
    function: ruleFunction('operationSummarySentenceCase', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary !== 'string') continue;
        const problem = sentenceCaseProblem(summary);
        if (problem) results.push({ message: `The summary ${show(summary)} of ${describeOperation(op)} ${problem}.`, path: [...op.at, 'summary'] });
      }
      return results;
    }),
  },
});
