import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** Whether a JSON value is of a Swagger `type`; undefined when the type is unknown or not checkable. */
function matches(value: unknown, type: string): boolean | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return undefined;
  }
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export default defineSpectralRule({
  id: 'swagger-value-matches-type',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A "default" value and every "enum" value have the JSON type the schema or parameter declares.',
  criterion: {
    text: 'Defaults and enum values must be of the declared type: a string type takes "10", an integer type takes 10, a boolean takes true.',
    url: SOURCES.validator,
    rows: ['sv-default-value-must-match-type', 'sv-invalid-enum-value'],
  },
  validatorCodes: ['DefaultValueMustMatchType', 'InvalidEnumValue'],
  fix: 'Write the value in the declared type (e.g. 10 instead of "10" for an integer), or correct the "type".',
  given: '$',
  then: {
    function: ruleFunction('valueMatchesType', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with a default or an enum value of another type can be reported.
      const mismatch = (node: JsonObject, key: string) => {
        const type = node.type;
        if (typeof type !== 'string') return false;
        const value = node[key];
        return key === 'default' ? matches(value, type) === false : Array.isArray(value) && value.some((item) => matches(item, type) === false);
      };
      for (const v of typedValuesWith(swagger, ['default', 'enum'], mismatch)) {
        const type = v.node.type;
        if (typeof type !== 'string') continue;
        if (v.node.default !== undefined && matches(v.node.default, type) === false) {
          results.push({ message: `${capitalize(v.label)} has the default ${show(v.node.default)} (${jsonType(v.node.default)}), but its type is ${type}.`, path: [...v.at, 'default'] });
        }
        if (!Array.isArray(v.node.enum)) continue;
        v.node.enum.forEach((value, i) => {
          if (matches(value, type) === false) {
            results.push({ message: `${capitalize(v.label)} lists the enum value ${show(value)} (${jsonType(value)}), but its type is ${type}.`, path: [...v.at, 'enum', i] });
          }
        });
      }
      return results;
    }),
  },
});
