import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import type { JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

export default defineSpectralRule({
  id: 'swagger-array-not-empty',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"enum" and a schema\'s "required" list are not empty arrays.',
  criterion: {
    text: 'An "enum" needs at least one value, and a schema\'s "required" list needs at least one name; when there is nothing to list, the key is left out.',
    url: SOURCES.validator,
    rows: ['sv-required-property-array-empty', 'sv-enum-must-contain-at-least-one-element'],
  },
  validatorCodes: ['RequiredPropertyArrayEmpty', 'EnumMustContainAtLeastOneElement'],
  fix: 'Remove the empty array, or list at least one value in it.',
  given: '$',
  then: {
    function: ruleFunction('arrayNotEmpty', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with an empty list can be reported.
      const empty = (node: JsonObject, key: string) => Array.isArray(node[key]) && (node[key] as unknown[]).length === 0;
      for (const v of typedValuesWith(swagger, ['enum', 'required'], empty)) {
        for (const key of v.kind === 'schema' ? ['enum', 'required'] : ['enum']) {
          const list = v.node[key];
          if (Array.isArray(list) && list.length === 0) results.push({ message: `${capitalize(v.label)} has an empty "${key}" list.`, path: [...v.at, key] });
        }
      }
      return results;
    }),
  },
});
