import type { JsonPath } from '../engine/context';
import { fromPointer } from '../engine/pointer';

/**
 * A swagger reduced to what existing flows depend on: operations by operationId, each with its inputs (parameters
 * and body properties) and the fields of its success response, every item with the JSON path where it is written.
 */

type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** Bounds that keep a huge or hostile schema from exhausting time or memory. */
const MAX_SCHEMA_DEPTH = 32;
const MAX_FIELDS_PER_TREE = 5000;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(node: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

function entries(node: unknown): Array<[string, unknown]> {
  return isObject(node) ? Object.entries(node) : [];
}

/** One input or output field: a parameter, a body property, an array's items, or a response property. */
export interface Field {
  /** Unique within its tree (inputs or output of one operation). */
  key: string;
  /** Logical path of the field: parameter or body name first, `[]` for array items. */
  segments: string[];
  /** The field as shown in messages: `status`, `body.tags[].name`. */
  label: string;
  /** Key of the enclosing field; undefined for a parameter or the response body. */
  parent?: string;
  /** Where the field is written (a parameter, a schema, a property under definitions). */
  at: JsonPath;
  /** For parameters: path, query, header, body or formData. */
  in?: string;
  /** Parameter name, for parameters only. */
  name?: string;
  required: boolean;
  type?: string;
  format?: string;
  enum?: unknown[];
  /** x-ms-visibility, as written. */
  visibility?: string;
  hasDefault: boolean;
  /** What lies below cannot be compared: a dynamic schema, a $ref cycle, an external $ref. */
  opaque: boolean;
}

export interface FieldTree {
  fields: Map<string, Field>;
  /** The schema had more fields than are compared (MAX_FIELDS_PER_TREE): absent fields prove nothing. */
  truncated?: boolean;
}

export interface Output extends FieldTree {
  /** The response compared: the lowest 2xx status code, else `default`; `x-ms-notification-content` for a webhook. */
  status: string;
  /** JSON path of the response object (after following a `#/responses/...` $ref). */
  at: JsonPath;
  /** True when the response declares a schema. */
  hasSchema: boolean;
}

export interface Operation {
  /** operationId, or `METHOD path` for an operation that has none. */
  key: string;
  operationId?: string;
  method: string;
  path: string;
  at: JsonPath;
  node: JsonObject;
  /** Parameters (own and inherited from the path item) and the properties of a body parameter's schema. */
  inputs: FieldTree;
  output?: Output;
  /** x-ms-trigger: "single", "batch", or undefined for an action. */
  trigger?: string;
  visibility?: string;
}

export interface SwaggerModel {
  operations: Map<string, Operation>;
  /** Operations in document order. */
  list: Operation[];
}

const modelCache = new WeakMap<object, SwaggerModel>();

/** The model of a parsed swagger (computed once per document). */
export function modelOf(swagger: unknown): SwaggerModel {
  if (!isObject(swagger)) return { operations: new Map(), list: [] };
  let model = modelCache.get(swagger);
  if (!model) modelCache.set(swagger, (model = buildModel(swagger)));
  return model;
}

function buildModel(swagger: JsonObject): SwaggerModel {
  const operations = new Map<string, Operation>();
  const list: Operation[] = [];
  for (const [pathKey, pathItem] of entries(own(swagger, 'paths'))) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const node = own(pathItem, method);
      if (!isObject(node)) continue;
      const operationId = typeof node.operationId === 'string' && node.operationId.trim() !== '' ? node.operationId : undefined;
      const key = operationId ?? `${method.toUpperCase()} ${pathKey}`;
      // A duplicate operationId is a lint error of its own; the first one is the one compared.
      if (operations.has(key)) continue;
      const at: JsonPath = ['paths', pathKey, method];
      const operation: Operation = {
        key,
        operationId,
        method,
        path: pathKey,
        at,
        node,
        inputs: inputsOf(swagger, pathItem, node, at),
        output: outputOf(swagger, pathItem, node, at),
        trigger: typeof node['x-ms-trigger'] === 'string' ? node['x-ms-trigger'].toLowerCase() : undefined,
        visibility: typeof node['x-ms-visibility'] === 'string' ? node['x-ms-visibility'] : undefined,
      };
      operations.set(key, operation);
      list.push(operation);
    }
  }
  return { operations, list };
}

/** Follows local `$ref`s (any `#/...` pointer) to the node they name; stops on a cycle or a ref that leads nowhere. */
export function resolveRef(
  swagger: unknown,
  node: unknown,
  at: JsonPath,
  seen: ReadonlySet<string> = new Set(),
): { node: unknown; at: JsonPath; ref?: string; problem?: 'cycle' | 'external' | 'missing' } {
  let current = node;
  let currentAt = at;
  const visited = new Set(seen);
  let lastRef: string | undefined;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return { node: current, at: currentAt, ref, problem: 'external' };
    if (visited.has(ref)) return { node: current, at: currentAt, ref, problem: 'cycle' };
    visited.add(ref);
    lastRef = ref;
    let target: JsonPath;
    try {
      target = fromPointer(decodeURIComponent(ref.slice(1)));
    } catch {
      return { node: current, at: currentAt, ref, problem: 'missing' };
    }
    const value = valueAt(swagger, target);
    if (value === undefined) return { node: current, at: currentAt, ref, problem: 'missing' };
    current = value;
    currentAt = target;
  }
  return { node: current, at: currentAt, ref: lastRef };
}

function valueAt(root: unknown, jsonPath: JsonPath): unknown {
  let current = root;
  for (const segment of jsonPath) {
    if (Array.isArray(current) && /^\d+$/.test(String(segment))) current = current[Number(segment)];
    else if (isObject(current)) current = own(current, String(segment));
    else return undefined;
  }
  return current;
}

function fieldKey(scope: string, segments: string[]): string {
  return JSON.stringify([scope, ...segments]);
}

function labelOf(segments: string[]): string {
  let label = '';
  for (const s of segments) label += s === '[]' ? '[]' : label === '' ? s : `.${s}`;
  return label;
}

function inputsOf(swagger: JsonObject, pathItem: JsonObject, node: JsonObject, at: JsonPath): FieldTree {
  const fields = new Map<string, Field>();
  const ownParams = parameterList(swagger, own(node, 'parameters'), [...at, 'parameters']);
  const inherited = parameterList(swagger, own(pathItem, 'parameters'), [at[0], at[1], 'parameters']).filter(
    (p) => !ownParams.some((o) => o.node.name === p.node.name && o.node.in === p.node.in),
  );
  const budget: Budget = { left: MAX_FIELDS_PER_TREE };
  for (const { node: param, at: paramAt } of [...ownParams, ...inherited]) {
    if (typeof param.name !== 'string' || typeof param.in !== 'string') continue;
    const location = param.in;
    const segments = [param.name];
    const key = fieldKey(location, segments);
    if (fields.has(key)) continue;
    const base = {
      key,
      segments,
      label: labelOf(segments),
      at: paramAt,
      in: location,
      name: param.name,
      required: param.required === true || location === 'path',
      visibility: visibilityOf(param),
      hasDefault: param.default !== undefined,
    };
    if (location === 'body') {
      const schema = own(param, 'schema');
      const resolved = resolveRef(swagger, schema, [...paramAt, 'schema']);
      const shape = isObject(resolved.node) ? shapeOf(swagger, resolved.node, resolved.at) : undefined;
      fields.set(key, {
        ...base,
        type: shape?.type,
        format: shape?.format,
        enum: shape?.enum,
        opaque: resolved.problem !== undefined || shape?.opaque === true,
      });
      if (!resolved.problem && shape && !shape.opaque) {
        addChildren(swagger, shape, resolved.at, location, segments, key, fields, budget, new Set(resolved.ref ? [resolved.ref] : []), 1);
      }
      continue;
    }
    // Non-body parameters describe their own type, format, enum and items.
    const shape = shapeOf(swagger, param, paramAt);
    fields.set(key, { ...base, type: shape.type, format: shape.format, enum: shape.enum, opaque: false });
    addChildren(swagger, shape, paramAt, location, segments, key, fields, budget, new Set(), 1);
  }
  return { fields, truncated: budget.truncated };
}

function parameterList(swagger: JsonObject, list: unknown, at: JsonPath): Array<{ node: JsonObject; at: JsonPath }> {
  if (!Array.isArray(list)) return [];
  const result: Array<{ node: JsonObject; at: JsonPath }> = [];
  list.forEach((item, index) => {
    const resolved = resolveRef(swagger, item, [...at, index]);
    if (isObject(resolved.node) && !resolved.problem) result.push({ node: resolved.node, at: resolved.at });
  });
  return result;
}

/**
 * What flows read from an operation: the body of its success response (the lowest 2xx, else `default`), or for a
 * webhook trigger the notification its path item declares (`x-ms-notification-content`).
 */
function outputOf(swagger: JsonObject, pathItem: JsonObject, node: JsonObject, at: JsonPath): Output | undefined {
  let status: string | undefined;
  let response: ReturnType<typeof resolveRef>;
  const notification = own(pathItem, 'x-ms-notification-content');
  if (own(node, 'x-ms-trigger') !== undefined && isObject(notification)) {
    status = 'x-ms-notification-content';
    response = { node: notification, at: [at[0], at[1], status] };
  } else {
    const responses = own(node, 'responses');
    if (!isObject(responses)) return undefined;
    const success = Object.keys(responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort()[0];
    status = success ?? (Object.prototype.hasOwnProperty.call(responses, 'default') ? 'default' : undefined);
    if (status === undefined) return undefined;
    response = resolveRef(swagger, responses[status], [...at, 'responses', status]);
  }
  const fields = new Map<string, Field>();
  const output: Output = { status, at: response.at, hasSchema: false, fields };
  if (!isObject(response.node) || response.problem) return output;
  const schema = own(response.node, 'schema');
  if (schema === undefined) return output;
  output.hasSchema = true;
  const resolved = resolveRef(swagger, schema, [...response.at, 'schema']);
  const shape = isObject(resolved.node) ? shapeOf(swagger, resolved.node, resolved.at) : undefined;
  const segments = ['body'];
  const key = fieldKey('output', segments);
  fields.set(key, {
    key,
    segments,
    label: 'body',
    at: resolved.at,
    required: false,
    type: shape?.type,
    format: shape?.format,
    enum: shape?.enum,
    hasDefault: false,
    opaque: resolved.problem !== undefined || shape?.opaque === true,
  });
  if (!resolved.problem && shape && !shape.opaque) {
    const budget: Budget = { left: MAX_FIELDS_PER_TREE };
    addChildren(swagger, shape, resolved.at, 'output', segments, key, fields, budget, new Set(resolved.ref ? [resolved.ref] : []), 1);
    output.truncated = budget.truncated;
  }
  return output;
}

interface Budget {
  left: number;
  truncated?: boolean;
}

/** A schema with allOf merged: its type, format, enum, properties (with where each is written) and items. */
interface Shape {
  type?: string;
  format?: string;
  enum?: unknown[];
  visibility?: string;
  properties: Map<string, { node: unknown; at: JsonPath }>;
  required: Set<string>;
  items?: { node: unknown; at: JsonPath };
  /** x-ms-dynamic-schema / x-ms-dynamic-properties: the shape is known only at run time. */
  opaque: boolean;
}

function shapeOf(swagger: unknown, node: JsonObject, at: JsonPath, seen: Set<string> = new Set(), depth = 0): Shape {
  const shape: Shape = {
    type: typeof node.type === 'string' ? node.type : Array.isArray(node.type) ? node.type.join('|') : undefined,
    format: typeof node.format === 'string' ? node.format : undefined,
    enum: Array.isArray(node.enum) ? node.enum : undefined,
    visibility: visibilityOf(node),
    properties: new Map(),
    required: new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : []),
    opaque: own(node, 'x-ms-dynamic-schema') !== undefined || own(node, 'x-ms-dynamic-properties') !== undefined,
  };
  for (const [name, property] of entries(own(node, 'properties'))) {
    shape.properties.set(name, { node: property, at: [...at, 'properties', name] });
  }
  if (own(node, 'items') !== undefined) shape.items = { node: own(node, 'items'), at: [...at, 'items'] };
  const allOf = own(node, 'allOf');
  if (Array.isArray(allOf) && depth < MAX_SCHEMA_DEPTH) {
    allOf.forEach((member, index) => {
      const resolved = resolveRef(swagger, member, [...at, 'allOf', index], seen);
      if (!isObject(resolved.node) || resolved.problem) return;
      const inner = shapeOf(swagger, resolved.node, resolved.at, new Set([...seen, ...(resolved.ref ? [resolved.ref] : [])]), depth + 1);
      shape.type ??= inner.type;
      shape.format ??= inner.format;
      shape.enum ??= inner.enum;
      shape.opaque ||= inner.opaque;
      for (const [name, property] of inner.properties) if (!shape.properties.has(name)) shape.properties.set(name, property);
      for (const name of inner.required) shape.required.add(name);
      shape.items ??= inner.items;
    });
  }
  // An untyped schema with properties or items is an object or an array.
  if (shape.type === undefined && shape.properties.size > 0) shape.type = 'object';
  if (shape.type === undefined && shape.items) shape.type = 'array';
  return shape;
}

function addChildren(
  swagger: unknown,
  shape: Shape,
  at: JsonPath,
  scope: string,
  segments: string[],
  parentKey: string,
  fields: Map<string, Field>,
  budget: Budget,
  seen: Set<string>,
  depth: number,
): void {
  if (depth > MAX_SCHEMA_DEPTH) {
    budget.truncated = true;
    return;
  }
  const children: Array<{ name: string; node: unknown; at: JsonPath; required: boolean }> = [];
  for (const [name, property] of shape.properties) children.push({ name, ...property, required: shape.required.has(name) });
  if (shape.items) children.push({ name: '[]', ...shape.items, required: false });
  for (const child of children) {
    if (budget.left-- <= 0) {
      budget.truncated = true;
      return;
    }
    const childSegments = [...segments, child.name];
    const key = fieldKey(scope, childSegments);
    const resolved = resolveRef(swagger, child.node, child.at, seen);
    const childShape = isObject(resolved.node) && !resolved.problem ? shapeOf(swagger, resolved.node, resolved.at, seen, depth) : undefined;
    // A property written as a bare $ref is located at the property, not at the shared definition.
    const writtenAt = child.at;
    fields.set(key, {
      key,
      segments: childSegments,
      label: labelOf(childSegments),
      parent: parentKey,
      at: writtenAt,
      required: child.required,
      type: childShape?.type,
      format: childShape?.format,
      enum: childShape?.enum,
      visibility: childShape?.visibility,
      hasDefault: isObject(resolved.node) && resolved.node.default !== undefined,
      opaque: resolved.problem !== undefined || childShape === undefined || childShape.opaque,
    });
    if (childShape && !childShape.opaque) {
      const next = resolved.ref ? new Set([...seen, resolved.ref]) : seen;
      addChildren(swagger, childShape, resolved.at, scope, childSegments, key, fields, budget, next, depth + 1);
    }
  }
}

function visibilityOf(node: JsonObject): string | undefined {
  const value = own(node, 'x-ms-visibility');
  return typeof value === 'string' ? value : undefined;
}

/** Path template with parameter names blanked: `/items/{id}` and `/items/{itemId}` are the same route. */
export function routeShape(pathTemplate: string): string {
  return pathTemplate.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';
}
