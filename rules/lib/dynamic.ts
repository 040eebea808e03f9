/**
 * The operation calls that dynamic extensions make: which operation carries the extension (the *source*, whose
 * inputs `parameter` / `parameterReference` name), which operation it calls (the *target*), and how the call's
 * `parameters` resolve on both sides. Shared by the swagger-dynamic-* rules; everything is memoized per document.
 *
 *   for (const call of dynamicCalls(swagger)) {
 *     call.target            // the called operation, or undefined when the operationId does not exist
 *     call.sources           // operations whose inputs references resolve against (several for a shared definition)
 *     call.arguments         // one entry per key of `parameters`
 *   }
 */
import { isObject, type JsonObject } from './json';
import { nodesWithKey, type JsonPath } from './index';
import { extensionUses, type ExtensionUse } from './extensions';
import { localRefSegments, resolveSchemaRef, schemasOf } from './schemas';
import { isInternal, localRefName, operationsOf, parametersOf, type OperationRef, type ParameterRef } from './swagger';

export const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;
export type DynamicExtension = (typeof DYNAMIC_EXTENSIONS)[number];

/** The first- and second-generation pairs: a v1 extension and the v2 companion that can reference unambiguously. */
export const V2_OF: Partial<Record<DynamicExtension, DynamicExtension>> = {
  'x-ms-dynamic-values': 'x-ms-dynamic-list',
  'x-ms-dynamic-schema': 'x-ms-dynamic-properties',
};

/** Whether the extension's `parameters` use the v2 form ({value} | {parameterReference}) rather than v1. */
export function isV2(kind: string): boolean {
  return kind === 'x-ms-dynamic-list' || kind === 'x-ms-dynamic-properties';
}

// ---------------------------------------------------------------------------------------------------------------
// Operations by id, and the operations a JSON path belongs to.

const byIdCache = new WeakMap<object, Map<string, OperationRef>>();

/** Operations by operationId (the first one wins when ids repeat). */
export function operationsById(doc: unknown): Map<string, OperationRef> {
  if (!isObject(doc)) return new Map();
  let map = byIdCache.get(doc);
  if (!map) {
    map = new Map();
    for (const op of operationsOf(doc)) {
      const id = op.operation.operationId;
      if (typeof id === 'string' && !map.has(id)) map.set(id, op);
    }
    byIdCache.set(doc, map);
  }
  return map;
}

const ownersCache = new WeakMap<object, Map<string, OperationRef[]>>();

/**
 * The operations an object at `at` belongs to: the operation it is written in; every operation of a path item for
 * path-item parameters and notification content; the users of a root parameter or response; and, for anything under
 * `definitions/<name>`, every operation whose parameters, responses or notification content reach it through `$ref`s.
 */
export function owningOperations(doc: unknown, at: JsonPath): OperationRef[] {
  if (!isObject(doc)) return [];
  let owners = ownersCache.get(doc);
  if (!owners) ownersCache.set(doc, (owners = computeOwners(doc)));
  const [first, second, third] = at;
  if (first === 'paths') {
    const ops = operationsOf(doc).filter((op) => op.path === second);
    const own = ops.find((op) => op.method === third);
    return own ? [own] : ops;
  }
  if (first === 'definitions' || first === 'parameters' || first === 'responses') return owners.get(`${first}/${String(second)}`) ?? [];
  return [];
}

function computeOwners(doc: JsonObject): Map<string, OperationRef[]> {
  const owners = new Map<string, OperationRef[]>();
  // Operations are visited one after the other, so a repeat can only be the operation last added.
  const add = (key: string, op: OperationRef) => {
    const list = owners.get(key);
    if (!list) owners.set(key, [op]);
    else if (list[list.length - 1] !== op) list.push(op);
  };
  // Definitions referenced from each top schema (a definition's own refs are edges between definitions).
  const refs = new Map<string, Set<string>>();
  for (const node of schemasOf(doc)) {
    const segments = node.ref === undefined ? undefined : localRefSegments(node.ref);
    if (!segments || segments[0] !== 'definitions' || segments.length !== 2) continue;
    const from = node.top.kind === 'definition' ? `definitions/${node.top.name}` : node.top.at.join('\u0000');
    let set = refs.get(from);
    if (!set) refs.set(from, (set = new Set()));
    set.add(`definitions/${segments[1]}`);
  }
  for (const op of operationsOf(doc)) {
    const roots: string[] = [];
    for (const p of parametersOf(doc, op)) {
      if (p.shared) add(`parameters/${p.at[1]}`, op);
      if (p.parameter.in === 'body') roots.push([...p.at, 'schema'].join('\u0000'));
    }
    const responses = op.operation.responses;
    if (isObject(responses)) {
      for (const [code, response] of Object.entries(responses)) {
        const name = isObject(response) && typeof response.$ref === 'string' ? localRefName(response.$ref, 'responses') : undefined;
        if (name !== undefined) {
          add(`responses/${name}`, op);
          roots.push(['responses', name, 'schema'].join('\u0000'));
        } else roots.push([...op.at, 'responses', code, 'schema'].join('\u0000'));
      }
    }
    roots.push(['paths', op.path, 'x-ms-notification-content', 'schema'].join('\u0000'));
    roots.push([...op.at, 'x-ms-notification-content', 'schema'].join('\u0000'));
    // Every definition reachable from this operation's top schemas.
    const queue = roots.flatMap((r) => [...(refs.get(r) ?? [])]);
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      add(name, op);
      queue.push(...(refs.get(name) ?? []));
    }
  }
  return owners;
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas: following refs, reading properties, walking path strings.

/** Follows `#/definitions/...` refs (with a visited set) to the schema they name. */
export function derefSchema(doc: unknown, schema: unknown): JsonObject | undefined {
  const seen = new Set<string>();
  let current = schema;
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = resolveSchemaRef(doc, current.$ref);
  }
  return isObject(current) ? current : undefined;
}

/** The declared properties of a schema, including those of its `allOf` members (refs followed, cycles cut). */
export function propertiesOf(doc: unknown, schema: unknown, seen = new Set<object>()): Map<string, { schema: unknown; required: boolean }> {
  const result = new Map<string, { schema: unknown; required: boolean }>();
  const target = derefSchema(doc, schema);
  if (!target || seen.has(target)) return result;
  seen.add(target);
  const required = Array.isArray(target.required) ? target.required : [];
  if (isObject(target.properties)) {
    for (const [name, child] of Object.entries(target.properties)) result.set(name, { schema: child, required: required.includes(name) });
  }
  if (Array.isArray(target.allOf)) {
    for (const member of target.allOf) for (const [name, entry] of propertiesOf(doc, member, seen)) if (!result.has(name)) result.set(name, entry);
  }
  return result;
}

/** True when a schema may hold properties it does not declare (so a missing property proves nothing). */
export function isOpenSchema(doc: unknown, schema: unknown): boolean {
  const target = derefSchema(doc, schema);
  if (!target) return true;
  if (target['x-ms-dynamic-schema'] !== undefined || target['x-ms-dynamic-properties'] !== undefined) return true;
  if (target.additionalProperties !== undefined && target.additionalProperties !== false) return true;
  return propertiesOf(doc, target).size === 0;
}

/** The segments of a path string ("a/b/c"; a leading "/" tolerated, JSON Pointer escapes decoded). */
export function pathSegments(path: string): string[] {
  return path
    .replace(/^\//, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The JSON type a schema or non-body parameter declares, if any. */
export function declaredType(doc: unknown, schemaOrParameter: unknown): string | undefined {
  const target = derefSchema(doc, schemaOrParameter);
  if (!target) return undefined;
  if (typeof target.type === 'string') return target.type;
  if (target.properties !== undefined) return 'object';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs of an operation: resolving `parameter` names and `parameterReference` paths.

export interface ResolvedInput {
  /** The parameter the reference starts at. */
  parameter: ParameterRef;
  /** Required at every level. */
  required: boolean;
  /** The parameter or any property on the way is internal. */
  internal: boolean;
  /** Declared JSON type, when known. */
  type?: string;
  /** False when a property path could not be followed through a closed schema. */
  found: boolean;
}

function isRequired(parameter: JsonObject): boolean {
  return parameter.required === true || parameter.in === 'path';
}

/** Resolves "name" or "name/prop/..." against an operation's parameters (a name containing "/" is tried whole first). */
export function resolveInputPath(doc: unknown, op: OperationRef, path: string): ResolvedInput | undefined {
  const params = parametersOf(doc, op);
  const exact = params.find((p) => p.parameter.name === path);
  if (exact) return inputOf(doc, exact);
  const [head, ...rest] = pathSegments(path);
  const parameter = params.find((p) => p.parameter.name === head);
  if (!parameter) return undefined;
  if (rest.length === 0) return inputOf(doc, parameter);
  return walkProperties(doc, bodyStart(doc, parameter), parameter.parameter.schema, rest);
}

function inputOf(doc: unknown, parameter: ParameterRef): ResolvedInput {
  const p = parameter.parameter;
  const type = p.in === 'body' ? declaredType(doc, p.schema) : typeof p.type === 'string' ? p.type : undefined;
  return { parameter, required: isRequired(p), internal: isInternal(p) || isInternal(derefSchema(doc, p.schema)), found: true, ...(type ? { type } : {}) };
}

/** The start of a walk into a body: its properties' own `required` lists decide (bodies often omit `required: true`). */
function bodyStart(doc: unknown, parameter: ParameterRef): ResolvedInput {
  return { ...inputOf(doc, parameter), required: true };
}

function walkProperties(doc: unknown, start: ResolvedInput, schema: unknown, segments: string[]): ResolvedInput {
  let current = start;
  let node = schema;
  for (const segment of segments) {
    const entry = propertiesOf(doc, node).get(segment);
    if (!entry) return { parameter: current.parameter, required: current.required, internal: current.internal, found: isOpenSchema(doc, node) };
    const type = declaredType(doc, entry.schema);
    current = {
      parameter: current.parameter,
      required: current.required && entry.required,
      internal: current.internal || isInternal(entry.schema) || isInternal(derefSchema(doc, entry.schema)),
      found: true,
      ...(type ? { type } : {}),
    };
    node = entry.schema;
  }
  return current;
}

/** Top-level properties of an operation's body parameter (the names a v1 `parameter` could also mean). */
export function bodyPropertyNames(doc: unknown, op: OperationRef): Set<string> {
  const body = parametersOf(doc, op).find((p) => p.parameter.in === 'body');
  return body ? new Set(propertiesOf(doc, body.parameter.schema).keys()) : new Set();
}

/** The body parameter of an operation and a v1 name resolved as one of its top-level properties. */
export function resolveBodyProperty(doc: unknown, op: OperationRef, name: string): ResolvedInput | undefined {
  const body = parametersOf(doc, op).find((p) => p.parameter.in === 'body');
  if (!body || !propertiesOf(doc, body.parameter.schema).has(name)) return undefined;
  return walkProperties(doc, bodyStart(doc, body), body.parameter.schema, [name]);
}

// ---------------------------------------------------------------------------------------------------------------
// The calls.

export type ArgumentKind = 'static' | 'reference' | 'selected' | 'invalid';

export interface CallArgument {
  /** The key in `parameters`: a target parameter name, or (v2) a "param/property" path. */
  key: string;
  at: JsonPath;
  kind: ArgumentKind;
  /** The static value ('static'). */
  value?: unknown;
  /** The source input named ('reference'): a v1 parameter name or a v2 parameterReference path. */
  reference?: string;
}

export interface DynamicCall {
  kind: DynamicExtension;
  use: ExtensionUse;
  /** The extension object (only calls whose value is an object are listed). */
  ext: JsonObject;
  /** JSON path of the extension object. */
  at: JsonPath;
  /** The called operation; undefined when its operationId is missing or unknown. */
  target?: OperationRef;
  /** The operations whose inputs the references name. */
  sources: OperationRef[];
  arguments: CallArgument[];
}

const callsCache = new WeakMap<object, DynamicCall[]>();

/** Every dynamic-values/list/schema/properties object written where extensions go, in a stable order. */
export function dynamicCalls(doc: unknown): DynamicCall[] {
  if (!isObject(doc)) return [];
  let calls = callsCache.get(doc);
  if (calls) return calls;
  calls = [];
  const byId = operationsById(doc);
  for (const kind of DYNAMIC_EXTENSIONS) {
    for (const use of extensionUses(doc, kind)) {
      if (!isObject(use.value)) continue;
      const ext = use.value;
      const at = [...use.at, kind];
      const target = typeof ext.operationId === 'string' ? byId.get(ext.operationId) : undefined;
      calls.push({
        kind,
        use,
        ext,
        at,
        ...(target ? { target } : {}),
        sources: owningOperations(doc, use.at),
        arguments: callArguments(ext.parameters, [...at, 'parameters'], isV2(kind)),
      });
    }
  }
  callsCache.set(doc, calls);
  return calls;
}

/** Reads a `parameters` object of an operation call (v1: literal | {parameter}; v2: {value} | {parameterReference}). */
function callArguments(parameters: unknown, at: JsonPath, v2: boolean): CallArgument[] {
  if (!isObject(parameters)) return [];
  return Object.entries(parameters).map(([key, value]) => {
    const here = [...at, key];
    if (!isObject(value)) return v2 ? { key, at: here, kind: 'invalid' as const } : { key, at: here, kind: 'static' as const, value };
    const keys = Object.keys(value);
    if (v2) {
      if (keys.length === 1 && keys[0] === 'value') return { key, at: here, kind: 'static' as const, value: value.value };
      if (keys.length === 1 && keys[0] === 'parameterReference' && typeof value.parameterReference === 'string') {
        return { key, at: here, kind: 'reference' as const, reference: value.parameterReference };
      }
      if (keys.length === 1 && keys[0] === 'selectedItemValuePath') return { key, at: here, kind: 'selected' as const };
      return { key, at: here, kind: 'invalid' as const };
    }
    if (keys.length === 1 && keys[0] === 'parameter' && typeof value.parameter === 'string') {
      return { key, at: here, kind: 'reference' as const, reference: value.parameter };
    }
    return { key, at: here, kind: 'invalid' as const };
  });
}

/** An operation as messages name it: its operationId, or its method and path. */
export function describeOperation(op: OperationRef): string {
  const id = op.operation.operationId;
  return typeof id === 'string' ? `"${id}"` : `${op.method.toUpperCase()} ${op.path}`;
}

// ---------------------------------------------------------------------------------------------------------------
// What an operation produces.

const successCache = new WeakMap<OperationRef, { schema: JsonObject; at: JsonPath } | null>();

/**
 * The schema of an operation's first successful response that has one (200 first, then 201, ...), with its path.
 * Memoized per operation (`op` comes from operationsOf of the same `doc`; many dynamic calls name the same one).
 */
export function successSchema(doc: unknown, op: OperationRef): { schema: JsonObject; at: JsonPath } | undefined {
  let cached = successCache.get(op);
  if (cached === undefined) successCache.set(op, (cached = findSuccessSchema(doc, op) ?? null));
  return cached ?? undefined;
}

function findSuccessSchema(doc: unknown, op: OperationRef): { schema: JsonObject; at: JsonPath } | undefined {
  const responses = op.operation.responses;
  if (!isObject(responses)) return undefined;
  const codes = Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).sort();
  for (const code of codes) {
    let response: unknown = responses[code];
    let at: JsonPath = [...op.at, 'responses', code];
    const name = isObject(response) && typeof response.$ref === 'string' ? localRefName(response.$ref, 'responses') : undefined;
    if (name !== undefined) {
      response = isObject(doc) && isObject(doc.responses) ? doc.responses[name] : undefined;
      at = ['responses', name];
    }
    if (isObject(response) && isObject(response.schema)) return { schema: response.schema, at: [...at, 'schema'] };
  }
  return undefined;
}

/** The x-ms-notification-content of a webhook operation (on its path item, or on the operation itself), with its path. */
export function notificationContentOf(op: OperationRef): { content: unknown; at: JsonPath } | undefined {
  if (op.pathItem['x-ms-notification-content'] !== undefined) {
    return { content: op.pathItem['x-ms-notification-content'], at: ['paths', op.path, 'x-ms-notification-content'] };
  }
  if (op.operation['x-ms-notification-content'] !== undefined) {
    return { content: op.operation['x-ms-notification-content'], at: [...op.at, 'x-ms-notification-content'] };
  }
  return undefined;
}

/** Per document: each operation's answer, or null when no object of the document is marked at all. */
const webhookCache = new WeakMap<object, Map<OperationRef, boolean> | null>();

/** True when an operation registers a webhook: one of its inputs is marked "x-ms-notification-url": true. */
export function isWebhookOperation(doc: unknown, op: OperationRef): boolean {
  if (!isObject(doc)) return false;
  let cache = webhookCache.get(doc);
  if (cache === undefined) {
    // Most documents mark nothing: then no operation needs its inputs walked.
    const marked = nodesWithKey(doc, 'x-ms-notification-url').some((n) => n.node['x-ms-notification-url'] === true);
    webhookCache.set(doc, (cache = marked ? new Map() : null));
  }
  if (cache === null) return false;
  let result = cache.get(op);
  if (result === undefined) {
    result = parametersOf(doc, op).some((p) => p.parameter['x-ms-notification-url'] === true || markedInside(doc, p.parameter.schema, new Set()));
    cache.set(op, result);
  }
  return result;
}

function markedInside(doc: unknown, schema: unknown, seen: Set<object>): boolean {
  const target = derefSchema(doc, schema);
  if (!target || seen.has(target)) return false;
  seen.add(target);
  if (target['x-ms-notification-url'] === true) return true;
  const children: unknown[] = [...propertiesOf(doc, target).values()].map((p) => p.schema);
  if (isObject(target.items)) children.push(target.items);
  return children.some((child) => markedInside(doc, child, seen));
}
