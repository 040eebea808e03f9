import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isNonEmptyString, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

/** Keys that give a property a shape; without any of them the property is an untyped `{}`. */
const SHAPE = ['type', '$ref', 'properties', 'items', 'allOf', 'additionalProperties', 'enum', 'format', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];

/** Whether the schema has one of the SHAPE keys (a plain loop: this runs for every property of large documents). */
function hasShape(schema: JsonObject): boolean {
  for (let i = 0; i < SHAPE.length; i++) if (schema[SHAPE[i]] !== undefined) return true;
  return false;
}

export default defineSpectralRule({
  id: 'swagger-schema-property-typed',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Schema properties declare a type (or a $ref); an untyped, undescribed {} property is only kept when required.',
  criterion: {
    text: 'A property without a type is an empty {} that users cannot work with; type it or remove it. Required keys and described properties (deliberate "any" values) are exempt.',
    url: SOURCES.submission,
    rows: ['def-no-empty-properties'],
  },
  fix: 'Add a "type" (and "properties" or "items" where needed) to the property, or remove it.',
  given: '$',
  then: {
    function: ruleFunction('schemaPropertyTyped', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (node.via !== 'properties' || hasShape(node.schema)) continue;
        // A described untyped property is a deliberate "any" value (e.g. a custom field's value): leave it.
        if (isNonEmptyString(node.schema.description)) continue;
        const required = node.parent?.schema.required;
        if (Array.isArray(required) && required.includes(node.name)) continue;
        results.push({ message: `${capitalize(describeSchema(node))} has no type.`, path: node.at });
      }
      return results;
    }),
  },
});
