import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { responsesOf } from '../lib/responses';
import { capitalize, type JsonPath } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { describeOperation } from '../lib/operations';
import { operationsOf, type OperationRef } from '../lib/swagger';
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

/** Per kind, the keys not reported here: those allowed, and those left to other rules (one look-up per key). */
const ACCEPTED: Record<Kind, Set<string>> = {
  ...ALLOWED,
  body: new Set([...ALLOWED.body, ...LEFT_TO_OTHER_RULES.body]),
  parameter: new Set([...ALLOWED.parameter, ...LEFT_TO_OTHER_RULES.parameter]),
};

/**
 * The keys most schemas hold (over 90% of the keys checked), answered before the hash look-up: keys of parsed JSON are
 * internalized strings, so each case is a pointer comparison. All of them are in ALLOWED.schema.
 */
function isCommonSchemaKey(key: string): boolean {
  switch (key) {
    case 'type':
    case 'description':
    case 'title':
    case 'properties':
    case 'format':
    case 'items':
      return true;
    default:
      return false;
  }
}

/** Whether `key` passes in an object of the kind whose ACCEPTED set is `accepted`. */
function isAllowed(key: string, accepted: Set<string>): boolean {
  if (accepted === ACCEPTED.schema && isCommonSchemaKey(key)) return true;
  // "x-" tested by character codes: cheaper than startsWith on this hot path.
  if (key.charCodeAt(0) === 120 && key.charCodeAt(1) === 45) return true;
  return accepted.has(key);
}

/** The keys of `node` that `kind` does not allow, in document order; undefined when all are allowed (nearly always). */
function badKeys(node: JsonObject, kind: Kind): string[] | undefined {
  if (node.$ref !== undefined) return undefined; // keys beside a $ref are swagger-ref-no-siblings' findings
  // This runs on every object of the document: for-in tells the clean ones without building a key array. It only
  // differs from Object.keys by inherited keys, i.e. when a "__proto__" key replaced the prototype: those objects, and
  // the ones with a key not allowed, are listed with Object.keys.
  const accepted = ACCEPTED[kind];
  if (Object.getPrototypeOf(node) === Object.prototype) {
    let clean = true;
    for (const key in node) {
      if (isAllowed(key, accepted)) continue;
      clean = false;
      break;
    }
    if (clean) return undefined;
  }
  const bad = Object.keys(node).filter((key) => !isAllowed(key, accepted));
  return bad.length > 0 ? bad : undefined;
}

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
      // Labels and paths are built only for the objects that have keys not allowed (a few in a document).
      const report = (keys: string[], at: JsonPath, label: string) => {
        for (const key of keys) results.push({ message: `${capitalize(label)} has the key "${key}", which Swagger 2.0 does not allow there.`, path: [...at, key] });
      };
      let bad: string[] | undefined;
      for (const v of typedValuesOf(swagger)) if ((bad = badKeys(v.node, v.kind))) report(bad, v.at, v.label);
      // A path item's parameters apply to each of its operations; they are checked once, with the first.
      const seenPathItems = new Set<JsonObject>();
      const bodies = (op: OperationRef, ofPathItem: boolean) => {
        const list = (ofPathItem ? op.pathItem : op.operation).parameters;
        if (!Array.isArray(list)) return;
        for (let i = 0; i < list.length; i++) {
          const p = list[i];
          if (isObject(p) && p.in === 'body' && (bad = badKeys(p, 'body'))) report(bad, [...(ofPathItem ? ['paths', op.path] : op.at), 'parameters', i], `body parameter "${String(p.name)}" of ${describeOperation(op)}`);
        }
      };
      for (const op of operationsOf(swagger)) {
        if ((bad = badKeys(op.operation, 'operation'))) report(bad, op.at, `operation ${describeOperation(op)}`);
        bodies(op, false);
        if (!seenPathItems.has(op.pathItem)) {
          seenPathItems.add(op.pathItem);
          bodies(op, true);
        }
        // The responses written in the operation (not shared ones it references); the list is shared with other rules.
        for (const r of responsesOf(swagger, op)) {
          if (!r.shared && (bad = badKeys(r.response, 'response'))) report(bad, r.at, `the ${r.code} response of ${describeOperation(op)}`);
        }
      }
      if (isObject(swagger) && isObject(swagger.parameters)) {
        for (const [name, p] of Object.entries(swagger.parameters)) if (isObject(p) && p.in === 'body' && (bad = badKeys(p, 'body'))) report(bad, ['parameters', name], `shared body parameter "${name}"`);
      }
      if (isObject(swagger) && isObject(swagger.responses)) {
        for (const [name, r] of Object.entries(swagger.responses)) if (isObject(r) && (bad = badKeys(r, 'response'))) report(bad, ['responses', name], `shared response "${name}"`);
      }
      return results;
    }),
  },
});
