import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** How the last character is named in a message. */
function nameOfCharacter(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '\n' || c === '\r') return 'a line break';
  if (/\s/.test(c)) return 'white space';
  return `"${c}"`;
}

/** Ends with a letter, a digit or ")". An ASCII last character (nearly always) is settled without the Unicode regex. */
function endsAlphanumeric(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x29) return true;
  if (c < 0x80) return false;
  return /[\p{L}\p{N})]$/u.test(text);
}

export default defineSpectralRule({
  id: 'swagger-operation-summary-ends-alphanumeric',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Summaries of visible operations end with a letter, a digit or a closing parenthesis.',
  criterion: {
    text: 'An operation summary must not end with punctuation or white space; a closing parenthesis is accepted because deprecated operations end in "(deprecated)". Internal operations are exempt.',
    url: reviewThread(3465),
    rows: ['def-op-summary-ends-alnum'],
  },
  validatorCodes: ['ValueMustEndWithAlphanumeric'],
  fix: 'Remove the trailing punctuation or white space from the summary, e.g. "List tasks" instead of "List tasks.".',
  given: '$',
  then: {
    function: ruleFunction('operationSummaryEndsAlphanumeric', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary !== 'string' || summary === '' || endsAlphanumeric(summary)) continue;
        results.push({
          message: `The summary ${show(summary)} of ${describeOperation(op)} ends with ${nameOfCharacter(summary[summary.length - 1])}.`,
          path: [...op.at, 'summary'],
        });
      }
      return results;
    }),
  },
});
