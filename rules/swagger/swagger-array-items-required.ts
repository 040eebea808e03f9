import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesOf } from '../lib/values';

export default defineSpectralRule({
  id: 'swagger-array-items-required',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every schema, parameter or header of type array says what its items are.',
  criterion: {
    text: 'An array must specify "items"; without it the designer cannot show or build the elements.',
    url: SOURCES.validator,
    rows: ['sv-array-has-no-items'],
  },
  validatorCodes: ['ArrayHasNoItems'],
  fix: 'Add "items" with the element type, e.g. { "type": "string" }.',
  given: '$',
  then: {
    function: ruleFunction('arrayItemsRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const v of typedValuesOf(swagger)) {
        if (v.node.type === 'array' && v.node.items === undefined) {
          results.push({ message: `${capitalize(v.label)} is an array without "items".`, path: [...v.at, 'items'] });
        }
      }
      return results;
    }),
  },
});
