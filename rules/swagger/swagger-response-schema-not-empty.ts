import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { isSuccess, outputResponsesOf } from '../lib/responses';
import { resolveSchemaRef } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

/** Keys that describe content: a schema with none of them (after following $refs) says nothing about the output. */
const CONTENT = ['properties', 'items', 'allOf', 'additionalProperties', 'enum', 'format', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];

/** The schema a (chain of) `$ref` ends at; undefined when it cannot be followed or loops. */
function followRefs(swagger: unknown, schema: JsonObject): JsonObject | undefined {
  let current: JsonObject | undefined = schema;
  for (let hops = 0; current && current.$ref !== undefined; hops++) {
    if (hops > 20) return undefined;
    current = resolveSchemaRef(swagger, current.$ref);
  }
  return current;
}

/** A success schema that is `{}` or a bare object type, so the designer shows no outputs. */
function isEmptySchema(schema: JsonObject): boolean {
  const type = schema.type;
  if (type !== undefined && type !== 'object') return false;
  return !CONTENT.some((k) => schema[k] !== undefined);
}

export default defineSpectralRule({
  id: 'swagger-response-schema-not-empty',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Success response schemas describe their content: they are not {} or a bare "type": "object".',
  criterion: {
    text: 'A success response schema must list the properties the operation returns; an empty object schema hides every output. Dynamic schemas, maps (additionalProperties), deletes, triggers, internal operations and operations that also answer 202/204 are exempt.',
    url: SOURCES.submission,
    rows: ['def-response-schema-not-empty'],
  },
  fix: 'Describe the returned properties under "properties" (or use x-ms-dynamic-schema), or answer 204 without a schema.',
  given: '$',
  then: {
    function: ruleFunction('responseSchemaNotEmpty', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // A shared response is reported once. A parsed document never shares objects, so the response object names its place.
      const seen = new Set<object>();
      for (const op of operationsOf(swagger)) {
        const responses = outputResponsesOf(swagger, op);
        for (const r of responses) {
          if (!isSuccess(r.code) || !isObject(r.response.schema)) continue;
          const target = followRefs(swagger, r.response.schema);
          if (!target || !isEmptySchema(target)) continue;
          if (seen.has(r.response)) continue;
          seen.add(r.response);
          const shown = r.response.schema.$ref === undefined ? 'an empty schema' : `an empty schema (${String(r.response.schema.$ref)})`;
          results.push({
            message: `The ${r.code} response of ${op.method.toUpperCase()} ${op.path} has ${shown}: it declares no outputs.`,
            path: [...r.at, 'schema'],
          });
        }
      }
      return results;
    }),
  },
});
