import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** What keeps a summary from reading as a sentence-case phrase, or undefined. */
function sentenceCaseProblem(summary: string): string | undefined {
  const text = summary.trim();
  if (!/\p{L}/u.test(text)) return undefined;
  // Each test is ordered so the usual summary ("Get items") is cleared by a single regex test, without splitting words.
  if (/^\P{L}*\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text.split(/\s+/)[0])) return 'starts with a lower-case letter';
  if (!/\p{Ll}/u.test(text) && text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2) return 'is written in capitals';
  // Without white space the text is one word (it has a letter).
  if (!/\s/.test(text) && (/\p{Ll}\p{Lu}/u.test(text) || text.includes('_'))) return 'is a single joined-up identifier, not a phrase';
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
