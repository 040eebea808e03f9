import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Ends with . ! or ?, possibly followed by closing quotes or brackets; or with the "(deprecated)" marker. */
const SENTENCE_END = /([.!?]["'”’)\]]*|\(deprecated\))$/i;

/**
 * SENTENCE_END.test(text), settled by the last character when it can be: a match ends with one of . ! ? " ' ” ’ ) ]
 * and a final . ! or ? is a match. The regex, tried at every position of a long description, runs only otherwise.
 */
function endsSentence(text: string): boolean {
  const last = text[text.length - 1];
  if (last === '.' || last === '!' || last === '?') return true;
  if (last !== '"' && last !== "'" && last !== '”' && last !== '’' && last !== ')' && last !== ']') return false;
  return SENTENCE_END.test(text);
}

export default defineSpectralRule({
  id: 'swagger-operation-description-sentence',
  severity: 'info',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Descriptions of visible operations are full sentences ending with ".", "!" or "?".',
  criterion: {
    text: 'An operation description is a complete sentence that ends with punctuation; a single word needs none. Internal operations are exempt.',
    url: SOURCES.submission,
    rows: ['def-op-description-sentence'],
  },
  fix: 'End the description with a full stop, e.g. "Lists the tasks of the signed-in user.".',
  given: '$',
  then: {
    function: ruleFunction('operationDescriptionSentence', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const description = op.operation.description;
        if (typeof description !== 'string') continue;
        const text = description.trim();
        if (!/\s/.test(text) || endsSentence(text)) continue;
        results.push({
          message: `The description ${show(description.slice(-50).trimStart())} of ${describeOperation(op)} does not end with ".", "!" or "?".`,
          path: [...op.at, 'description'],
        });
      }
      return results;
    }),
  },
});
