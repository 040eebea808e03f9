import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { describeOperation, effectiveConsumes } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { resolveSchemaRef } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { operationsOf, parametersOf, type OperationRef } from '../lib/swagger';

/** MIME types that can carry structured data: JSON and XML (any flavour), forms, and wildcards. */
const STRUCTURED = [/^(application|text)\/json$/, /\+json$/, /^(application|text)\/xml$/, /\+xml$/, /^application\/x-www-form-urlencoded$/, /^multipart\/form-data$/, /^\*\/\*$/, /^application\/\*$/];

/** "object" or "array" when the body schema (references followed) is structured; undefined for scalars, files and unknown shapes. */
function structuredType(swagger: unknown, schema: JsonObject): 'object' | 'array' | undefined {
  let current: JsonObject | undefined = schema;
  let seen: Set<JsonObject> | undefined; // made on the first reference: most bodies are written inline
  while (current && current.$ref !== undefined) {
    seen ??= new Set();
    if (seen.has(current)) break;
    seen.add(current);
    current = resolveSchemaRef(swagger, current.$ref);
  }
  if (!current) return undefined;
  const type = current.type;
  if (type === 'object' || type === 'array') return type;
  if (type !== undefined) return undefined;
  if (current.properties !== undefined || current.additionalProperties !== undefined || current.allOf !== undefined) return 'object';
  return current.items !== undefined ? 'array' : undefined;
}

/** The schema of the operation's first body parameter that has an object schema. */
function bodySchemaOf(swagger: unknown, op: OperationRef): JsonObject | undefined {
  for (const { parameter } of parametersOf(swagger, op)) if (parameter.in === 'body' && isObject(parameter.schema)) return parameter.schema;
  return undefined;
}

/** The media type without parameters, in lower case. */
function mediaType(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

export default defineSpectralRule({
  id: 'swagger-consumes-body-type',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation with an object or array body consumes at least one MIME type that can carry it (JSON, XML, a form or a wildcard).',
  criterion: {
    text: 'The MIME types an operation consumes (its own "consumes", else the root one) must be able to carry its request body: an object or array body cannot be sent as text/plain, application/octet-stream or a file type alone. String and binary bodies fit any type.',
    url: SOURCES.validator,
    rows: ['sv-mime-type-not-compatible-with-request-content-schema-type'],
  },
  validatorCodes: ['MimeTypeNotCompatibleWithRequestContentSchemaType'],
  fix: 'Add "application/json" to the operation\'s consumes, or change the body schema to a string.',
  given: '$',
  then: {
    function: ruleFunction('consumesBodyType', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const body = bodySchemaOf(swagger, op);
        const type = body && structuredType(swagger, body);
        if (!type) continue;
        const consumes = effectiveConsumes(swagger, op);
        // Without a usable list the platform sends JSON; a missing or malformed list is other rules' business. A list
        // with "application/json" as written (the usual one) can carry it: no need to read every type.
        if (!Array.isArray(consumes) || consumes.includes('application/json')) continue;
        const types = consumes.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map(mediaType);
        if (types.length === 0 || types.some((t) => STRUCTURED.some((re) => re.test(t)))) continue;
        results.push({
          message: `${describeOperation(op)} sends an ${type} body but consumes only ${types.map((t) => `"${t}"`).join(', ')}, which cannot carry an ${type}.`,
          path: op.operation.consumes !== undefined ? [...op.at, 'consumes'] : ['consumes'],
        });
      }
      return results;
    }),
  },
});
