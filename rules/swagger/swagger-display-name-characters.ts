import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, RESTRICTED_SUMMARY_CHARACTERS, visibleOperationsOf, visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Letters, digits, spaces, parentheses and the punctuation that joins words in names ("E-mail", "Customer's", "No."). */
const PLAIN = /[\p{L}\p{M}\p{N} ()\-'.,]/u;

/** Text made of PLAIN characters only: nearly every name, settled by one test. */
const ALL_PLAIN = /^[\p{L}\p{M}\p{N} ()\-'.,]*$/u;

/** ALL_PLAIN restricted to ASCII: settles ASCII names without the (slower) Unicode classes. */
const ALL_PLAIN_ASCII = /^[A-Za-z0-9 ()\-'.,]*$/;
const PLAIN_ASCII = /[A-Za-z0-9 ()\-'.,]/;

const NONE: string[] = [];

function symbolsIn(text: string, alsoAllowed: string): string[] {
  if (ALL_PLAIN_ASCII.test(text) || ALL_PLAIN.test(text)) return NONE;
  const found = new Set<string>();
  for (const c of text) if (!(c < '\x80' ? PLAIN_ASCII : PLAIN).test(c) && !alsoAllowed.includes(c)) found.add(c);
  return [...found];
}

function describeCharacters(chars: string[]): string {
  return chars.map((c) => (c === '\n' || c === '\r' ? 'a line break' : /\s/.test(c) ? 'white space other than a space' : `"${c}"`)).join(', ');
}

const RESTRICTED = RESTRICTED_SUMMARY_CHARACTERS.join('');

export default defineSpectralRule({
  id: 'swagger-display-name-characters',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Operation summaries and parameter x-ms-summary names use letters, digits, spaces and parentheses, not symbols.',
  criterion: {
    text: 'Names shown in the designer are plain phrases made of letters, digits, spaces and parentheses; symbols such as # : ? " _ $ read as code. Internal operations and parameters are exempt.',
    url: SOURCES.submission,
    rows: ['def-op-summary-chars', 'def-param-summary-chars'],
  },
  fix: 'Spell the symbol out or drop it, e.g. "Include inactive records" instead of "Include inactive?".',
  given: '$',
  then: {
    function: ruleFunction('displayNameCharacters', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary !== 'string') continue;
        // The characters the validator rejects are reported, as errors, by swagger-operation-summary-restricted-characters.
        const found = symbolsIn(summary, RESTRICTED);
        if (found.length > 0) {
          results.push({ message: `The summary ${show(summary)} of ${describeOperation(op)} contains ${describeCharacters(found)}.`, path: [...op.at, 'summary'] });
        }
      }
      for (const p of visibleParametersOf(swagger)) {
        const name = p.parameter['x-ms-summary'];
        if (typeof name !== 'string') continue;
        const found = symbolsIn(name, '/');
        if (found.length > 0) {
          results.push({ message: `The x-ms-summary ${show(name)} of ${p.label} contains ${describeCharacters(found)}.`, path: [...p.at, 'x-ms-summary'] });
        }
      }
      return results;
    }),
  },
});
