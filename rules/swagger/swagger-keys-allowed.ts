import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, type JsonPath } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';
import { typedValuesOf } from '../lib/values';

/** Validation keywords shared by non-body parameters, their items and headers (Swagger 2.0). */
const VALIDATION = ['default', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf'];
const ITEMS = ['type', 'format', 'items', 'collectionFormat', ...VALIDATION];

/** The keys Swagger 2.0 allows in each kind of object (any "x-" key is allowed everywhere). */
const ALLOWED = {
  schema: new Set(['$ref', 'format', 'title', 'description', 'required', 'type', 'items', 'allOf', 'properties', 'additionalProperties', 'discriminator', 'readOnly', 'xml', 'externalDocs', 'example', 'maxProperties', 'minProperties', ...VALIDATION]),
  parameter: new Set(['name', 'in', 'description', 'required', 'allowEmptyValue', ...ITEMS]),
  items: new Set(ITEMS),
  header: new Set(['description', ...ITEMS]),
  body: new Set(['name', 'in', 'description', 'required', 'schema']),
  response: new Set(['description', 'schema', 'headers', 'examples']),
  operation: new Set(['tags', 'summary', 'description', 'externalDocs', 'operationId', 'consumes', 'produces', 'parameters', 'responses', 'schemes', 'deprecated', 'security']),
};

/** Misplaced keys other rules report with a more specific message (non-body keys on a body, a schema on a non-body parameter). */
const LEFT_TO_OTHER_RULES = { body: ALLOWED.parameter, parameter: new Set(['schema']) } as const;

type Kind = keyof typeof ALLOWED;

export default defineSpectralRule({
  id: 'swagger-keys-allowed',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Schemas, parameters, headers, responses and operations only use the keys Swagger 2.0 defines for them, plus "x-" extensions.',
  criterion: {
    text: 'Keys outside the Swagger 2.0 object definitions (for example OpenAPI 3 "nullable", "oneOf" or "example" on a parameter) are not allowed; custom data must use an "x-" key.',
    url: SOURCES.validator,
    rows: ['sv-additional-property-not-allowed'],
  },
  validatorCodes: ['AdditionalPropertyNotAllowed'],
  fix: 'Remove the key, or rename it with an "x-" prefix if it is custom data.',
  given: '$',
  then: {
    function: ruleFunction('keysAllowed', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // `label` is a function: building names for objects that pass would cost more than the check.
      const check = (node: JsonObject, at: JsonPath, kind: Kind, label: () => string) => {
        if (node.$ref !== undefined) return; // keys beside a $ref are swagger-ref-no-siblings' findings
        const skip: ReadonlySet<string> | undefined = kind === 'body' || kind === 'parameter' ? LEFT_TO_OTHER_RULES[kind] : undefined;
        for (const key of Object.keys(node)) {
          if (key.startsWith('x-') || ALLOWED[kind].has(key) || skip?.has(key)) continue;
          results.push({ message: `${capitalize(label())} has the key "${key}", which Swagger 2.0 does not allow there.`, path: [...at, key] });
        }
      };
      for (const v of typedValuesOf(swagger)) check(v.node, v.at, v.kind, () => v.label);
      const seen = new Set<string>();
      for (const op of operationsOf(swagger)) {
        const where = `${op.method.toUpperCase()} ${op.path}`;
        check(op.operation, op.at, 'operation', () => `operation ${where}`);
        const lists: Array<[unknown, JsonPath]> = [[op.operation.parameters, [...op.at, 'parameters']], [op.pathItem.parameters, ['paths', op.path, 'parameters']]];
        for (const [list, at] of lists) {
          if (!Array.isArray(list)) continue;
          list.forEach((p, i) => {
            const key = [...at, i].join('\u0000');
            if (isObject(p) && p.in === 'body' && !seen.has(key)) check(p, [...at, i], 'body', () => `body parameter "${String(p.name)}" of ${where}`);
            seen.add(key);
          });
        }
        const responses = op.operation.responses;
        if (!isObject(responses)) continue;
        for (const [code, r] of Object.entries(responses)) if (isObject(r) && !code.startsWith('x-')) check(r, [...op.at, 'responses', code], 'response', () => `the ${code} response of ${where}`);
      }
      if (isObject(swagger) && isObject(swagger.parameters)) {
        for (const [name, p] of Object.entries(swagger.parameters)) if (isObject(p) && p.in === 'body') check(p, ['parameters', name], 'body', () => `shared body parameter "${name}"`);
      }
      if (isObject(swagger) && isObject(swagger.responses)) {
        for (const [name, r] of Object.entries(swagger.responses)) if (isObject(r)) check(r, ['responses', name], 'response', () => `shared response "${name}"`);
      }
      return results;
    }),
  },
});
