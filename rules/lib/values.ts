/**
 * Every object of a swagger that declares a value's `type` and may carry the JSON-Schema validation keywords
 * (`format`, `enum`, `default`, `minimum`, `maxLength`, `pattern`, ...): schema objects, non-body parameters, their
 * `items`, response headers and their `items`. Found in one pass and memoized per document.
 *
 *   for (const v of typedValuesOf(swagger)) if (v.node.format === 'guid') report(`${v.label} ...`, [...v.at, 'format']);
 *
 * `typedValuesWith(swagger, keys, test)` gives only those whose node has one of the keys and passes the test.
 */
import { nodesWithKey } from './index';
import { isObject, type JsonObject } from './json';
import { describeSchema, schemasOf, type JsonPath, type SchemaNode } from './schemas';
import { HTTP_METHODS } from './swagger';

export type ValueKind = 'schema' | 'parameter' | 'items' | 'header';

export interface TypedValue {
  node: JsonObject;
  at: JsonPath;
  kind: ValueKind;
  /** For kind 'schema': the walker's node (with its input/output use). */
  schema?: SchemaNode;
  /** Readable name for messages, e.g. `parameter "status" of GET /tasks`. */
  label: string;
}

const cache = new WeakMap<object, TypedValue[]>();

export function typedValuesOf(swagger: unknown): readonly TypedValue[] {
  if (!isObject(swagger)) return [];
  let values = cache.get(swagger);
  if (!values) cache.set(swagger, (values = collect(swagger)));
  return values;
}

/**
 * The typed values whose node has one of `keys` with `test(node, key)` true, in document order. For rules whose every
 * finding needs such a key: `test` must hold wherever the rule reports, and may hold elsewhere. Most documents have no
 * candidate at all, and the shared key index tells that without visiting every typed value.
 */
export function typedValuesWith(swagger: unknown, keys: readonly string[], test: (node: JsonObject, key: string) => boolean): readonly TypedValue[] {
  let candidates: Set<JsonObject> | undefined;
  for (const key of keys) {
    for (const { node } of nodesWithKey(swagger, key)) if (test(node, key)) (candidates ??= new Set()).add(node);
  }
  if (!candidates) return [];
  const found = candidates;
  return typedValuesOf(swagger).filter((v) => found.has(v.node));
}

/** A schema node as a typed value; its label is built on first use (most nodes are never reported). */
class SchemaValue implements TypedValue {
  readonly kind = 'schema';
  readonly node: JsonObject;
  constructor(readonly schema: SchemaNode) {
    this.node = schema.schema;
  }
  /** Built on first read, like the node's own path. */
  get at(): JsonPath {
    return this.schema.at;
  }
  get label(): string {
    return describeSchema(this.schema);
  }
}

function collect(swagger: JsonObject): TypedValue[] {
  const values: TypedValue[] = schemasOf(swagger).map((s) => new SchemaValue(s));

  // Items of a non-body parameter or header may nest (arrays of arrays).
  const withItems = (node: JsonObject, at: JsonPath, kind: ValueKind, label: string) => {
    values.push({ node, at, kind, label });
    let items = node.items;
    let itemsAt = [...at, 'items'];
    let itemsLabel = `the items of ${label}`;
    while (isObject(items)) {
      values.push({ node: items, at: itemsAt, kind: 'items', label: itemsLabel });
      itemsLabel = `the items of ${itemsLabel}`;
      itemsAt = [...itemsAt, 'items'];
      items = items.items;
    }
  };
  const parameters = (list: unknown, at: JsonPath, where: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      if (isObject(p) && p.in !== 'body' && p.$ref === undefined) withItems(p, [...at, i], 'parameter', `parameter "${String(p.name)}" of ${where}`);
    });
  };
  const headers = (response: unknown, at: JsonPath, where: string) => {
    if (!isObject(response) || !isObject(response.headers)) return;
    for (const [name, header] of Object.entries(response.headers)) {
      if (isObject(header)) withItems(header, [...at, 'headers', name], 'header', `header "${name}" of ${where}`);
    }
  };
  const responses = (map: unknown, at: JsonPath, where: string) => {
    if (!isObject(map)) return;
    for (const [code, response] of Object.entries(map)) headers(response, [...at, code], `the ${code} response of ${where}`);
  };

  if (isObject(swagger.parameters)) {
    for (const [name, p] of Object.entries(swagger.parameters)) {
      if (isObject(p) && p.in !== 'body') withItems(p, ['parameters', name], 'parameter', `shared parameter "${name}"`);
    }
  }
  if (isObject(swagger.responses)) {
    for (const [name, r] of Object.entries(swagger.responses)) headers(r, ['responses', name], `shared response "${name}"`);
  }
  if (isObject(swagger.paths)) {
    for (const [path, item] of Object.entries(swagger.paths)) {
      if (!isObject(item)) continue;
      parameters(item.parameters, ['paths', path, 'parameters'], `path ${path}`);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        parameters(op.parameters, ['paths', path, method, 'parameters'], where);
        responses(op.responses, ['paths', path, method, 'responses'], where);
      }
    }
  }
  return values;
}
