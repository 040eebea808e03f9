import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The letter classes the tests use: Unicode ones, and their exact equivalents for ASCII-only text (much cheaper). */
const UNICODE = { letter: /\p{L}/u, lowerFirst: /^\P{L}*\p{Ll}/u, upper: /\p{Lu}/u, lower: /\p{Ll}/u, joined: /\p{Ll}\p{Lu}/u };
const ASCII: typeof UNICODE = { letter: /[A-Za-z]/, lowerFirst: /^[^A-Za-z]*[a-z]/, upper: /[A-Z]/, lower: /[a-z]/, joined: /[a-z][A-Z]/ };

/** What keeps a summary from reading as a sentence-case phrase, or undefined. */
function sentenceCaseProblem(summary: string): string | undefined {
  const text = summary.trim();
  const re = /[^\x00-\x7f]/.test(text) ? UNICODE : ASCII;
  if (!re.letter.test(text)) return undefined;
  // Each test is ordered so the usual summary ("Get items") is cleared by a single regex test, without splitting words.
  if (re.lowerFirst.test(text) && !re.upper.test(text.split(/\s+/)[0])) return 'starts with a lower-case letter';
  if (!re.lower.test(text) && text.split(/\s+/).filter((w) => re.letter.test(w)).length >= 2) return 'is written in capitals';
  // Without white space the text is one word (it has a letter).
  if (!/\s/.test(text) && (re.joined.test(text) || text.includes('_'))) return 'is a single joined-up identifier, not a phrase';
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
