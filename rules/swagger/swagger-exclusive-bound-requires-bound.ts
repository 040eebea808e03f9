import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

const PAIRS = [
  ['exclusiveMaximum', 'maximum'],
  ['exclusiveMinimum', 'minimum'],
] as const;
const FLAGS = PAIRS.map(([flag]) => flag);
const BOUND_OF: Record<string, string> = Object.fromEntries(PAIRS);

export default defineSpectralRule({
  id: 'swagger-exclusive-bound-requires-bound',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"exclusiveMaximum" only appears with "maximum", and "exclusiveMinimum" only with "minimum".',
  criterion: {
    text: 'In Swagger 2.0, exclusiveMaximum and exclusiveMinimum are flags that change how maximum and minimum apply, so they need the bound they qualify.',
    url: SOURCES.validator,
    rows: ['sv-exclusive-maximum-requires-maximum', 'sv-exclusive-minimum-requires-minimum'],
  },
  validatorCodes: ['ExclusiveMaximumRequiresMaximum', 'ExclusiveMinimumRequiresMinimum'],
  fix: 'Add the "maximum"/"minimum" the flag qualifies, or remove the flag.',
  given: '$',
  then: {
    function: ruleFunction('exclusiveBoundRequiresBound', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with a flag and without its bound can be reported.
      for (const v of typedValuesWith(swagger, FLAGS, (node, flag) => node[BOUND_OF[flag]] === undefined)) {
        for (const [flag, bound] of PAIRS) {
          if (v.node[flag] !== undefined && v.node[bound] === undefined) {
            results.push({ message: `${capitalize(v.label)} has ${flag} without ${bound}.`, path: [...v.at, flag] });
          }
        }
      }
      return results;
    }),
  },
});
