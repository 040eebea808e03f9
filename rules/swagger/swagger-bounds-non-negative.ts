import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** Counts of characters, items and properties cannot be negative. */
const COUNTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'];

export default defineSpectralRule({
  id: 'swagger-bounds-non-negative',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Length, item and property bounds are numbers of zero or more, and "multipleOf" is greater than zero.',
  criterion: {
    text: 'minLength, maxLength, minItems, maxItems, minProperties and maxProperties count things, so they must be zero or more; multipleOf must be greater than zero.',
    url: SOURCES.validator,
    rows: [
      'sv-max-items-must-be-greater-than-or-equal-to-zero',
      'sv-max-length-must-be-greater-than-or-equal-to-zero',
      'sv-max-properties-must-be-greater-than-or-equal-to-zero',
      'sv-min-items-must-be-greater-than-or-equal-to-zero',
      'sv-min-length-must-be-greater-than-or-equal-to-zero',
      'sv-min-properties-must-be-greater-than-or-equal-to-zero',
      'sv-multiple-of-must-be-greater-than-zero',
    ],
  },
  validatorCodes: [
    'MaxItemsMustBeGreaterThanOrEqualToZero',
    'MaxLengthMustBeGreaterThanOrEqualToZero',
    'MaxPropertiesMustBeGreaterThanOrEqualToZero',
    'MinItemsMustBeGreaterThanOrEqualToZero',
    'MinLengthMustBeGreaterThanOrEqualToZero',
    'MinPropertiesMustBeGreaterThanOrEqualToZero',
    'MultipleOfMustBeGreaterThanZero',
  ],
  fix: 'Use 0 or a positive count for the length, item and property bounds, and a positive "multipleOf"; remove bounds that do not apply.',
  given: '$',
  then: {
    function: ruleFunction('boundsNonNegative', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with a negative count or a multipleOf of 0 or less can be reported.
      const bad = (node: JsonObject, key: string) => {
        const value = node[key];
        return typeof value === 'number' && (key === 'multipleOf' ? value <= 0 : value < 0);
      };
      for (const v of typedValuesWith(swagger, [...COUNTS, 'multipleOf'], bad)) {
        for (const key of COUNTS) {
          const value = v.node[key];
          if (typeof value === 'number' && value < 0) results.push({ message: `${capitalize(v.label)} has ${key} ${value}; it must be 0 or more.`, path: [...v.at, key] });
        }
        const step = v.node.multipleOf;
        if (typeof step === 'number' && step <= 0) results.push({ message: `${capitalize(v.label)} has multipleOf ${show(step)}; it must be greater than 0.`, path: [...v.at, 'multipleOf'] });
      }
      return results;
    }),
  },
});
