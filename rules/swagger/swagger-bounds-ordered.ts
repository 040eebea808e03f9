import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import type { JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

const PAIRS = [
  ['minimum', 'maximum'],
  ['minItems', 'maxItems'],
  ['minLength', 'maxLength'],
] as const;
const LOWS = PAIRS.map(([low]) => low);
const HIGH_OF: Record<string, string> = Object.fromEntries(PAIRS);

export default defineSpectralRule({
  id: 'swagger-bounds-ordered',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'minimum, minItems and minLength are not greater than their maximum counterparts.',
  criterion: {
    text: 'A lower bound above its upper bound (minimum > maximum, minItems > maxItems, minLength > maxLength) admits no value at all.',
    url: SOURCES.validator,
    rows: ['sv-minimum-should-be-less-than-or-equal-to-maximum', 'sv-min-items-should-be-less-than-or-equal-to-max-items', 'sv-min-length-should-be-less-than-or-equal-to-max-length'],
  },
  validatorCodes: ['MinimumShouldBeLessThanOrEqualToMaximum', 'MinItemsShouldBeLessThanOrEqualToMaxItems', 'MinLengthShouldBeLessThanOrEqualToMaxLength'],
  fix: 'Correct the bounds so the lower one is not above the upper one (they may be swapped).',
  given: '$',
  then: {
    function: ruleFunction('boundsOrdered', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with a lower bound above its upper one can be reported.
      const above = (node: JsonObject, low: string) => {
        const min = node[low];
        const max = node[HIGH_OF[low]];
        return typeof min === 'number' && typeof max === 'number' && min > max;
      };
      for (const v of typedValuesWith(swagger, LOWS, above)) {
        for (const [low, high] of PAIRS) {
          const min = v.node[low];
          const max = v.node[high];
          if (typeof min === 'number' && typeof max === 'number' && min > max) {
            results.push({ message: `${capitalize(v.label)} has ${low} ${min} above ${high} ${max}.`, path: [...v.at, low] });
          }
        }
      }
      return results;
    }),
  },
});
