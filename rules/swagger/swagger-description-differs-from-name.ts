import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf, visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** Compared without case, surrounding white space, repeated spaces or final punctuation. */
function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?:]+$/, '').trim();
}

export default defineSpectralRule({
  id: 'swagger-description-differs-from-name',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The description of a visible operation or parameter says more than its summary or x-ms-summary.',
  criterion: {
    text: 'A description must add information to the name it explains: an operation description that repeats the summary, or a parameter description that repeats its x-ms-summary, tells the user nothing. Internal operations and parameters are exempt.',
    url: reviewThread(1425),
    rows: ['def-op-description-differs-summary'],
  },
  fix: 'Rewrite the description as a sentence that explains what the name does not, e.g. what is returned or which values are accepted.',
  given: '$',
  then: {
    function: ruleFunction('descriptionDiffersFromName', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // The message is built only for a match: most operations and parameters have none.
      const check = (name: unknown, description: unknown, message: () => string, path: () => Array<string | number>) => {
        if (typeof name !== 'string' || typeof description !== 'string') return;
        const normalized = normalize(name);
        if (normalized !== '' && normalized === normalize(description)) results.push({ message: `${message()} ${show(name)}.`, path: path() });
      };
      for (const op of visibleOperationsOf(swagger)) {
        check(op.operation.summary, op.operation.description, () => `The description of ${describeOperation(op)} repeats its summary`, () => [...op.at, 'description']);
      }
      for (const p of visibleParametersOf(swagger)) {
        check(p.parameter['x-ms-summary'], p.parameter.description, () => `The description of ${p.label} repeats its x-ms-summary`, () => [...p.at, 'description']);
      }
      return results;
    }),
  },
});
