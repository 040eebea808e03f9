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
  const found: number[] = [];
  let positions: Map<JsonObject, number> | undefined; // built on the first candidate: most documents have none
  for (const key of keys) {
    for (const { node } of nodesWithKey(swagger, key)) {
      const position = (positions ??= positionsOf(swagger)).get(node);
      if (position !== undefined && test(node, key)) found.push(position);
    }
  }
  if (found.length === 0) return [];
  // Back in document order, each value once (a node may hold several of the keys).
  found.sort((a, b) => a - b);
  const values = typedValuesOf(swagger);
  return found.filter((p, i) => i === 0 || p !== found[i - 1]).map((p) => values[p]);
}

const positionsCache = new WeakMap<object, Map<JsonObject, number>>();

/** Each typed value's node and its position in typedValuesOf (built once per document, for typedValuesWith). */
function positionsOf(swagger: unknown): Map<JsonObject, number> {
  if (!isObject(swagger)) return new Map();
  let positions = positionsCache.get(swagger);
  if (!positions) {
    positions = new Map();
    const values = typedValuesOf(swagger);
    // A parsed document never shares objects; should a node be listed twice, it maps to its first listing.
    for (let i = values.length - 1; i >= 0; i--) positions.set(values[i].node, i);
    positionsCache.set(swagger, positions);
  }
  return positions;
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

/**
 * A parameter, header or `items` object as a typed value. Its path and label are built on first read: a document has
 * thousands, and most are never reported.
 */
class WrittenValue implements TypedValue {
  private path: JsonPath | undefined;
  private text: string | undefined;
  constructor(
    readonly node: JsonObject,
    readonly kind: ValueKind,
    /** For 'items': the value holding them. Otherwise the path of the list or map it is written in. */
    private readonly holder: WrittenValue | JsonPath,
    /** Its key in that list or map (unused for 'items'). */
    private readonly keyInHolder: string | number,
    /** Builds its label from its node and key (unused for 'items'). */
    private readonly describe?: (node: JsonObject, key: string | number) => string,
  ) {}

  get at(): JsonPath {
    if (!this.path) this.path = Array.isArray(this.holder) ? [...this.holder, this.keyInHolder] : [...this.holder.at, 'items'];
    return this.path;
  }

  get label(): string {
    if (this.text === undefined) this.text = Array.isArray(this.holder) ? this.describe!(this.node, this.keyInHolder) : `the items of ${this.holder.label}`;
    return this.text;
  }
}

function collect(swagger: JsonObject): TypedValue[] {
  const values: TypedValue[] = schemasOf(swagger).map((s) => new SchemaValue(s));

  // Items of a non-body parameter or header may nest (arrays of arrays).
  const withItems = (value: WrittenValue) => {
    values.push(value);
    let holder = value;
    let items = value.node.items;
    while (isObject(items)) {
      values.push((holder = new WrittenValue(items, 'items', holder, 'items')));
      items = items.items;
    }
  };
  const parameters = (list: unknown, at: JsonPath, where: string) => {
    if (!Array.isArray(list)) return;
    const describe = (node: JsonObject) => `parameter "${String(node.name)}" of ${where}`;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (isObject(p) && p.in !== 'body' && p.$ref === undefined) withItems(new WrittenValue(p, 'parameter', at, i, describe));
    }
  };
  // `at` is the path of the map holding the response, `code` its key there.
  const headers = (response: unknown, at: JsonPath, code: string, where: () => string) => {
    if (!isObject(response) || !isObject(response.headers)) return;
    const { headers } = response;
    const headersAt = [...at, code, 'headers'];
    const describe = (_: JsonObject, name: string | number) => `header "${name}" of ${where()}`;
    for (const name of Object.keys(headers)) {
      const header = headers[name];
      if (isObject(header)) withItems(new WrittenValue(header, 'header', headersAt, name, describe));
    }
  };
  const responses = (map: unknown, at: JsonPath, where: string) => {
    if (!isObject(map)) return;
    for (const code of Object.keys(map)) {
      const response = map[code];
      if (isObject(response) && isObject(response.headers)) headers(response, at, code, () => `the ${code} response of ${where}`);
    }
  };

  const shared = swagger.parameters;
  if (isObject(shared)) {
    const describe = (_: JsonObject, name: string | number) => `shared parameter "${name}"`;
    const at = ['parameters'];
    for (const name of Object.keys(shared)) {
      const p = shared[name];
      if (isObject(p) && p.in !== 'body') withItems(new WrittenValue(p, 'parameter', at, name, describe));
    }
  }
  const sharedResponses = swagger.responses;
  if (isObject(sharedResponses)) {
    for (const name of Object.keys(sharedResponses)) headers(sharedResponses[name], ['responses'], name, () => `shared response "${name}"`);
  }
  const paths = swagger.paths;
  if (isObject(paths)) {
    for (const path of Object.keys(paths)) {
      const item = paths[path];
      if (!isObject(item)) continue;
      if (item.parameters !== undefined) parameters(item.parameters, ['paths', path, 'parameters'], `path ${path}`);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        if (op.parameters !== undefined) parameters(op.parameters, ['paths', path, method, 'parameters'], where);
        if (op.responses !== undefined) responses(op.responses, ['paths', path, method, 'responses'], where);
      }
    }
  }
  return values;
}
