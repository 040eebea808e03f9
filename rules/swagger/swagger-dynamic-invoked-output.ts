import { defineSpectralRule } from '../../src/model/rule';
import { declaredType, derefSchema, describeOperation, dynamicCalls, isOpenSchema, pathSegments, propertiesOf, successSchema, type DynamicCall } from '../lib/dynamic';
import type { JsonPath } from '../lib/index';
import type { JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/**
 * For each list extension: the key naming the collection and the keys naming fields of its items. Dynamic schema
 * paths are not checked: they lead into a JSON schema document that responses rarely declare in detail.
 */
const PATHS: Record<string, { collection: string; fields: string[] }> = {
  'x-ms-dynamic-values': { collection: 'value-collection', fields: ['value-path', 'value-title'] },
  'x-ms-dynamic-list': { collection: 'itemsPath', fields: ['itemValuePath', 'itemTitlePath'] },
};

type Walk = { schema: JsonObject } | 'missing' | 'unknown';

/** Follows a path string through declared properties ($refs and allOf followed); 'unknown' where a schema is open. */
function walk(swagger: unknown, root: unknown, path: string): Walk {
  let node = derefSchema(swagger, root);
  for (const segment of pathSegments(path)) {
    if (!node) return 'unknown';
    if (declaredType(swagger, node) === 'array' && node.items !== undefined) node = derefSchema(swagger, node.items) ?? node;
    const entry = propertiesOf(swagger, node).get(segment);
    if (!entry) return isOpenSchema(swagger, node) ? 'unknown' : 'missing';
    node = derefSchema(swagger, entry.schema);
  }
  return node ? { schema: node } : 'unknown';
}

export default defineSpectralRule({
  id: 'swagger-dynamic-invoked-output',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The operation a dynamic list calls declares, in its success response, the array and the item properties the list reads.',
  criterion: {
    text: 'value-collection / itemsPath must lead to an array in the called operation\'s 2xx response schema (the response itself when omitted), and value-path, value-title, itemValuePath and itemTitlePath to properties its items declare.',
    url: SOURCES.validator,
    rows: ['sv-invoked-operation-should-produce-array', 'sv-invoked-operation-should-produce-property'],
  },
  validatorCodes: ['InvokedOperationShouldProduceArray', 'InvokedOperationShouldProduceProperty'],
  fix: 'Fix the path in the extension, or declare the array / property in the called operation\'s success response schema.',
  given: '$',
  then: {
    function: ruleFunction('dynamicInvokedOutput', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Many calls read the same paths of the same operation's response: each walk is done once.
      const walks = new Map<unknown, Map<string, Walk>>();
      const walkOnce = (root: unknown, path: string): Walk => {
        let byPath = walks.get(root);
        if (!byPath) walks.set(root, (byPath = new Map()));
        let found = byPath.get(path);
        if (found === undefined) byPath.set(path, (found = walk(swagger, root, path)));
        return found;
      };
      for (const call of dynamicCalls(swagger)) {
        const response = call.target && PATHS[call.kind] ? successSchema(swagger, call.target) : undefined;
        if (!response) continue;
        check(swagger, call, response.schema, results, walkOnce);
      }
      return results;
    }),
  },
});

function check(swagger: unknown, call: DynamicCall, response: JsonObject, results: RuleResult[], walk: (root: unknown, path: string) => Walk): void {
  const spec = PATHS[call.kind];
  const path = typeof call.ext[spec.collection] === 'string' ? (call.ext[spec.collection] as string) : '';
  const found = walk(response, path);
  if (found === 'missing') {
    results.push({ message: `${call.kind} expects an array at "${path}" in the response of ${describeOperation(call.target!)}, which does not declare it.`, path: collectionAt(call, path) });
    return;
  }
  if (found === 'unknown') return;
  const type = declaredType(swagger, found.schema) ?? (found.schema.items !== undefined ? 'array' : undefined);
  if (type !== 'array') {
    if (type !== undefined) {
      const where = path === '' ? 'as its response' : `at "${path}"`;
      results.push({ message: `${call.kind} expects an array ${where} from ${describeOperation(call.target!)}, but the response declares ${type}.`, path: collectionAt(call, path) });
    }
    return;
  }
  for (const key of spec.fields) {
    const field = call.ext[key];
    if (typeof field === 'string' && field !== '' && walk(found.schema.items, field) === 'missing') {
      results.push({ message: `${call.kind} ${key} "${field}" names a property that the items returned by ${describeOperation(call.target!)} do not declare.`, path: [...call.at, key] });
    }
  }
}

/** Where a finding about the collection path goes: the key naming it, or the extension when it is omitted. */
function collectionAt(call: DynamicCall, path: string): JsonPath {
  return [...call.at, ...(path === '' ? [] : [PATHS[call.kind].collection])];
}
