/**
 * The shared schema walker: every schema object of a swagger, found in one walk and memoized per document.
 *
 *   import { describeSchema, schemasOf } from '../lib/schemas';
 *   for (const node of schemasOf(swagger)) {
 *     if (node.input && node.schema.readOnly === true) report(`${describeSchema(node)} ...`, node.at);
 *   }
 *
 * Top schemas are `definitions/*`, body-parameter `schema`s (operation, path item and root `parameters`), response
 * `schema`s (operation and root `responses`) and `x-ms-notification-content.schema` (path item or operation). Below
 * them the walker descends into `properties/*`, `items` (object or array form), `additionalProperties` (object form) and
 * `allOf[*]`: the places Swagger 2.0 allows a schema. It does NOT follow `$ref`s inline: a node with `$ref` is listed
 * once, where it is written. Nodes come in document order, parents first. Only objects are schemas: `"items": true` or
 * `"properties": []` are skipped silently (other rules report them). Each node says whether it is used as `input`
 * (request body) and/or `output` (response, notification); definitions inherit that from the schemas that reach them
 * through `$ref`s.
 *
 * Also here, for rules that need more than the walk:
 * - `describeSchema(node)`: a readable name for messages, e.g. `property "owner.id" of definition "Task"`;
 * - `resolveSchemaRef`, `localRefSegments`, `definitionName`, `getPathOwn`: follow and take apart local `$ref`s;
 * - `objectProperties(swagger, schema)`: own and `allOf`-inherited properties by name;
 * - `expandedCount` / `expandedDepth`: size and depth with `$ref`s expanded (cycles cut, memoized per document).
 */
import { isObject, type JsonObject } from './json';
import { HTTP_METHODS } from './swagger';

export type JsonPath = Array<string | number>;

/** Where a top schema is written. */
export type TopKind = 'definition' | 'parameter' | 'response' | 'notification';

/** How a nested schema is reached from its parent schema. */
export type Via = 'properties' | 'items' | 'additionalProperties' | 'allOf';

export interface TopSchema {
  kind: TopKind;
  /** JSON path of the top schema object. */
  at: JsonPath;
  /** Definition name for `definition`; undefined otherwise. */
  name?: string;
}

export interface SchemaNode {
  /** The schema object as written. */
  schema: JsonObject;
  /** Its JSON path in the document. */
  at: JsonPath;
  /** The top schema it belongs to. */
  top: TopSchema;
  /** The enclosing schema; undefined for a top schema. */
  parent?: SchemaNode;
  /** How it is reached from `parent`. */
  via?: Via;
  /** Property name when `via` is 'properties'. */
  name?: string;
  /** Hops below its top schema as written (0 for the top schema; `$ref`s are not followed). */
  depth: number;
  /** The `$ref` string when the node is a reference. */
  ref?: string;
  /** Part of a request: a body parameter's schema, or a definition reached (through `$ref`s) from one. */
  input: boolean;
  /** Part of a response or webhook notification, directly or through `$ref`s from one. */
  output: boolean;
}

const cache = new WeakMap<object, SchemaNode[]>();

/** Every schema object of the swagger with its path and use (computed once per document, shared by all rules). */
export function schemasOf(swagger: unknown): readonly SchemaNode[] {
  if (!isObject(swagger)) return [];
  let nodes = cache.get(swagger);
  if (!nodes) cache.set(swagger, (nodes = walk(swagger)));
  return nodes;
}

/**
 * The segments of a local JSON Pointer reference ("#/definitions/a~1b" gives ["definitions", "a/b"]), or undefined
 * when `ref` is not a string starting with "#/" or is not a valid pointer (bad "~" escape or percent-encoding).
 */
export function localRefSegments(ref: unknown): readonly string[] | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  // The same few references recur thousands of times in a large document; parse each spelling once.
  if (refSegments.has(ref)) return refSegments.get(ref);
  if (refSegments.size >= 10_000) refSegments.clear();
  const segments = parseLocalRef(ref);
  refSegments.set(ref, segments);
  return segments;
}

const refSegments = new Map<string, readonly string[] | undefined>();

function parseLocalRef(ref: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of ref.slice(2).split('/')) {
    let text: string;
    try {
      text = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (/~(?![01])/.test(text)) return undefined;
    segments.push(text.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return segments;
}

/** The schema a `#/definitions/...` reference points at, or undefined (not local, not under definitions, or missing). */
export function resolveSchemaRef(swagger: unknown, ref: unknown): JsonObject | undefined {
  const segments = localRefSegments(ref);
  if (!segments || segments[0] !== 'definitions' || segments.length < 2) return undefined;
  const target = getPathOwn(swagger, segments);
  return isObject(target) ? target : undefined;
}

/** Like getPath, but only through own keys (a ref to "#/definitions/constructor" must not find Object.prototype). */
export function getPathOwn(root: unknown, segments: ReadonlyArray<string>): unknown {
  let current = root;
  for (const segment of segments) {
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(segment)) current = current[Number(segment)];
    else if (isObject(current) && Object.prototype.hasOwnProperty.call(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

function topSchemas(swagger: JsonObject): Array<{ top: TopSchema; schema: JsonObject }> {
  const tops: Array<{ top: TopSchema; schema: JsonObject }> = [];
  // Callers build `at` only once they have found a schema object (most responses and notifications have none).
  const add = (kind: TopKind, at: JsonPath, schema: JsonObject, name?: string) => {
    tops.push({ top: name === undefined ? { kind, at } : { kind, at, name }, schema });
  };
  const bodyParameters = (list: unknown, at: JsonPath) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (isObject(p) && p.in === 'body' && isObject(p.schema)) add('parameter', [...at, i, 'schema'], p.schema);
    }
  };
  const responses = (map: unknown, at: JsonPath) => {
    if (!isObject(map)) return;
    for (const code of Object.keys(map)) {
      const response = map[code];
      if (isObject(response) && isObject(response.schema)) add('response', [...at, code, 'schema'], response.schema);
    }
  };
  const notification = (owner: JsonObject, at: () => JsonPath) => {
    const content = owner['x-ms-notification-content'];
    if (isObject(content) && isObject(content.schema)) add('notification', [...at(), 'x-ms-notification-content', 'schema'], content.schema);
  };

  const { definitions, parameters, paths } = swagger;
  if (isObject(definitions)) {
    for (const name of Object.keys(definitions)) {
      const schema = definitions[name];
      if (isObject(schema)) add('definition', ['definitions', name], schema, name);
    }
  }
  if (isObject(parameters)) {
    for (const name of Object.keys(parameters)) {
      const p = parameters[name];
      if (isObject(p) && p.in === 'body' && isObject(p.schema)) add('parameter', ['parameters', name, 'schema'], p.schema);
    }
  }
  responses(swagger.responses, ['responses']);
  if (isObject(paths)) {
    for (const path of Object.keys(paths)) {
      const item = paths[path];
      if (!isObject(item)) continue;
      if (item.parameters !== undefined) bodyParameters(item.parameters, ['paths', path, 'parameters']);
      notification(item, () => ['paths', path]);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        if (op.parameters !== undefined) bodyParameters(op.parameters, ['paths', path, method, 'parameters']);
        if (op.responses !== undefined) responses(op.responses, ['paths', path, method, 'responses']);
        notification(op, () => ['paths', path, method]);
      }
    }
  }
  return tops;
}

function walk(swagger: JsonObject): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  const stack: WalkedSchema[] = [];
  for (const { top, schema } of topSchemas(swagger)) {
    // Iterative, parents first, children in document order: documents may nest deeply.
    stack.push(new WalkedSchema(schema, top, undefined, undefined, undefined, undefined));
    while (stack.length > 0) {
      const current = stack.pop()!;
      nodes.push(current);
      // Children are pushed in document order, then that stretch of the stack is reversed so they pop in order.
      const first = stack.length;
      const parent = current.schema;
      // Most schemas hold at most one of the four places a sub-schema may sit: then key order does not matter, and
      // looking the four up is cheaper than listing every key of every schema.
      const { properties, items, additionalProperties, allOf } = parent;
      const held = +(properties !== undefined) + +(items !== undefined) + +(additionalProperties !== undefined) + +(allOf !== undefined);
      if (held === 1) addChildren(stack, current, parent, properties !== undefined ? 'properties' : items !== undefined ? 'items' : additionalProperties !== undefined ? 'additionalProperties' : 'allOf');
      else if (held > 1) for (const key of Object.keys(parent)) addChildren(stack, current, parent, key);
      for (let a = first, b = stack.length - 1; a < b; a++, b--) {
        const swap = stack[a];
        stack[a] = stack[b];
        stack[b] = swap;
      }
    }
  }
  markUsage(swagger, nodes);
  return nodes;
}

/** Pushes the sub-schemas `parent[key]` holds, in order, when `key` is one of the places a schema may hold them. */
function addChildren(stack: WalkedSchema[], current: WalkedSchema, parent: JsonObject, key: string): void {
  const value = parent[key];
  const top = current.top;
  if (key === 'properties') {
    if (!isObject(value)) return;
    for (const name of Object.keys(value)) {
      const child = value[name];
      if (isObject(child)) stack.push(new WalkedSchema(child, top, current, 'properties', name, undefined));
    }
  } else if (key === 'items') {
    if (isObject(value)) stack.push(new WalkedSchema(value, top, current, 'items', undefined, undefined));
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (isObject(value[i])) stack.push(new WalkedSchema(value[i] as JsonObject, top, current, 'items', undefined, i));
    }
  } else if (key === 'additionalProperties') {
    if (isObject(value)) stack.push(new WalkedSchema(value, top, current, 'additionalProperties', undefined, undefined));
  } else if (key === 'allOf' && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (isObject(value[i])) stack.push(new WalkedSchema(value[i] as JsonObject, top, current, 'allOf', undefined, i));
  }
}

/** A node of the walk. Its path is built on first read: most nodes are never reported. */
class WalkedSchema implements SchemaNode {
  readonly depth: number;
  readonly ref: string | undefined;
  input: boolean;
  output: boolean;
  private path: JsonPath | undefined;

  constructor(
    readonly schema: JsonObject,
    readonly top: TopSchema,
    readonly parent: WalkedSchema | undefined,
    readonly via: Via | undefined,
    readonly name: string | undefined,
    /** The position in an `items` or `allOf` list. */
    private readonly index: number | undefined,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
    this.ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    this.input = top.kind === 'parameter';
    this.output = top.kind === 'response' || top.kind === 'notification';
  }

  get at(): JsonPath {
    if (!this.path) {
      if (!this.parent) this.path = this.top.at;
      else {
        const path = this.parent.at.slice();
        path.push(this.via!);
        if (this.name !== undefined) path.push(this.name);
        else if (this.index !== undefined) path.push(this.index);
        this.path = path;
      }
    }
    return this.path;
  }
}

/** A definition is input (output) when a request (response) schema reaches it through `$ref`s, however indirectly. */
function markUsage(swagger: JsonObject, nodes: SchemaNode[]): void {
  const refsFrom = new Map<TopSchema, Set<string>>();
  const definitionTop = new Map<string, TopSchema>();
  for (const n of nodes) {
    if (n.top.kind === 'definition' && n.depth === 0) definitionTop.set(n.top.name!, n.top);
    if (n.ref === undefined || resolveSchemaRef(swagger, n.ref) === undefined) continue;
    let set = refsFrom.get(n.top);
    if (!set) refsFrom.set(n.top, (set = new Set()));
    set.add(definitionName(n.ref)!);
  }
  const reach = (use: 'input' | 'output'): Set<string> => {
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const [top, refs] of refsFrom) {
      if (top.kind !== 'definition' && (use === 'input') === (top.kind === 'parameter')) queue.push(...refs);
    }
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const top = definitionTop.get(name);
      if (top) queue.push(...(refsFrom.get(top) ?? []));
    }
    return seen;
  };
  const inputs = reach('input');
  const outputs = reach('output');
  for (const n of nodes) {
    if (n.top.kind !== 'definition') continue;
    n.input = inputs.has(n.top.name!);
    n.output = outputs.has(n.top.name!);
  }
}

/**
 * A readable name for a schema node, for messages: `property "events[].time" of definition "Predictions"`,
 * `the body of POST /tasks`, `the 200 response of GET /tasks`.
 */
export function describeSchema(node: SchemaNode): string {
  // The steps joined with dots, built from the node up (rules describe thousands of nodes for their messages).
  let dotted = '';
  let first: string | undefined;
  for (let n: SchemaNode | undefined = node; n?.parent; n = n.parent) {
    const step = n.via === 'properties' ? n.name! : n.via === 'items' ? '[]' : n.via === 'additionalProperties' ? '{}' : undefined;
    if (step === undefined) continue;
    dotted = first === undefined ? step : `${step}.${dotted}`;
    first = step;
  }
  if (dotted.includes('.[]')) dotted = dotted.replace(/\.\[\]/g, '[]');
  if (dotted.includes('.{}')) dotted = dotted.replace(/\.\{\}/g, '{}');
  const top = describeTop(node.top);
  if (first === undefined) return node.depth === 0 ? top : `a sub-schema of ${top}`;
  return first === '[]' || first === '{}' ? `"${dotted}" of ${top}` : `property "${dotted}" of ${top}`;
}

function describeTop(top: TopSchema): string {
  const at = top.at;
  const op = at[0] === 'paths' && (HTTP_METHODS as readonly unknown[]).includes(at[2]) ? `${String(at[2]).toUpperCase()} ${String(at[1])}` : undefined;
  switch (top.kind) {
    case 'definition':
      return `definition "${top.name}"`;
    case 'parameter':
      return at[0] === 'parameters' ? `the body of shared parameter "${String(at[1])}"` : `the body of ${op ?? `path ${String(at[1])}`}`;
    case 'response':
      return at[0] === 'responses' ? `shared response "${String(at[1])}"` : `the ${String(at[at.length - 2])} response of ${op}`;
    case 'notification':
      return `the notification content of ${op ?? `path ${String(at[1])}`}`;
  }
}

/**
 * How many schema objects `schema` holds once its `$ref`s are expanded, counting stops just above `limit` (so the cost
 * stays bounded; `limit` may be at most COUNT_CAP). A reference to a definition that is already being expanded counts
 * as one node: cycles end there. Each definition's expanded size is computed once per document, for all limits.
 */
export function expandedCount(swagger: unknown, schema: JsonObject, limit: number): number {
  if (limit > COUNT_CAP) throw new RangeError(`expandedCount counts up to ${COUNT_CAP}, not ${limit}.`);
  let memo = countMemo.get(swagger as object);
  if (!memo) countMemo.set(swagger as object, (memo = { sizes: new Map(), tops: new Map() }));
  // A schema counted before gives the same size again: every definition its count reached is memoized with the value
  // that count used (swagger-body-schema-size and swagger-operation-schema-count ask for the same bodies).
  let total = memo.tops.get(schema);
  if (total === undefined) memo.tops.set(schema, (total = countOf(swagger, memo.sizes, schema)));
  return Math.min(total, limit + 1);
}

/** The size of `schema`, capped at COUNT_CAP + 1; `sizes` memoizes referenced definitions. */
function countOf(swagger: unknown, sizes: Map<JsonObject, number>, schema: JsonObject): number {
  return new SizeCounter(swagger, sizes).size(schema);
}

/**
 * The expansion walks visit every schema of large documents: they are methods with the children loop written out
 * (the places a schema may hold sub-schemas, in key order) rather than callbacks, which cost a closure per schema.
 */
abstract class RefExpansion {
  private readonly expanding = new Set<JsonObject>();
  constructor(
    private readonly swagger: unknown,
    private readonly known: Map<JsonObject, number>,
  ) {}

  /** The measure of the definition `ref` points at (memoized), or `cut` for a missing target or a cycle. */
  protected throughRef(ref: unknown, cut: number): number {
    const target = resolveSchemaRef(this.swagger, ref);
    if (!target || this.expanding.has(target)) return cut;
    let value = this.known.get(target);
    if (value === undefined) {
      this.expanding.add(target);
      value = this.measure(target);
      this.expanding.delete(target);
      this.known.set(target, value);
    }
    return value;
  }

  abstract measure(node: JsonObject): number;
}

class SizeCounter extends RefExpansion {
  measure(node: JsonObject): number {
    return this.size(node);
  }

  size(node: JsonObject): number {
    if (node.$ref !== undefined) return this.throughRef(node.$ref, 1);
    let total = 1;
    // Once over the cap, the remaining children are not visited.
    for (const key of Object.keys(node)) {
      if (total > COUNT_CAP) break;
      const value = node[key];
      if (key === 'properties') {
        if (!isObject(value)) continue;
        for (const name of Object.keys(value)) {
          const child = value[name];
          if (isObject(child) && total <= COUNT_CAP) total += this.size(child);
        }
      } else if (key === 'items') {
        if (isObject(value)) total += this.size(value);
        else if (Array.isArray(value)) for (const item of value) if (isObject(item) && total <= COUNT_CAP) total += this.size(item);
      } else if (key === 'additionalProperties') {
        if (isObject(value)) total += this.size(value);
      } else if (key === 'allOf' && Array.isArray(value)) {
        for (const member of value) if (isObject(member) && total <= COUNT_CAP) total += this.size(member);
      }
    }
    return Math.min(total, COUNT_CAP + 1);
  }
}

/** The largest limit a rule counts to (swagger-operation-schema-count's 1,000). */
const COUNT_CAP = 1000;

/** Per document: the expanded size of each referenced definition and of each schema counted, by the schema object. */
const countMemo = new WeakMap<object, { sizes: Map<JsonObject, number>; tops: Map<JsonObject, number> }>();

/**
 * How deeply `schema` nests once its `$ref`s are expanded: 1 for a schema without sub-schemas, plus one level for each
 * step into `properties`, `items` or `additionalProperties` (`allOf` members merge into the same level). A reference
 * back into a definition being expanded adds nothing, so recursive schemas have a finite depth.
 */
export function expandedDepth(swagger: unknown, schema: JsonObject): number {
  let memo = depthMemo.get(swagger as object);
  if (!memo) depthMemo.set(swagger as object, (memo = new Map()));
  return new DepthMeter(swagger, memo).depth(schema);
}

const depthMemo = new WeakMap<object, Map<JsonObject, number>>();

/** Like SizeCounter, for expandedDepth. */
class DepthMeter extends RefExpansion {
  measure(node: JsonObject): number {
    return this.depth(node);
  }

  depth(node: JsonObject): number {
    if (node.$ref !== undefined) return this.throughRef(node.$ref, 0);
    let deepest = 0;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (key === 'properties') {
        if (!isObject(value)) continue;
        for (const name of Object.keys(value)) {
          const child = value[name];
          if (isObject(child)) deepest = Math.max(deepest, this.depth(child));
        }
      } else if (key === 'items') {
        if (isObject(value)) deepest = Math.max(deepest, this.depth(value));
        else if (Array.isArray(value)) for (const item of value) if (isObject(item)) deepest = Math.max(deepest, this.depth(item));
      } else if (key === 'additionalProperties') {
        if (isObject(value)) deepest = Math.max(deepest, this.depth(value));
      } else if (key === 'allOf' && Array.isArray(value)) {
        // allOf members merge into this level.
        for (const member of value) if (isObject(member)) deepest = Math.max(deepest, this.depth(member) - 1);
      }
    }
    return 1 + deepest;
  }
}

/** "Task" for "#/definitions/Task" (also for deeper pointers: the definition they start in); undefined otherwise. */
export function definitionName(ref: unknown): string | undefined {
  const segments = localRefSegments(ref);
  return segments && segments[0] === 'definitions' && segments.length >= 2 ? segments[1] : undefined;
}

/** The text with its first letter in upper case, to start a message with a description. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The properties an object schema declares, its own and those of its `allOf` members (references followed, cycles
 * cut), by name. The first declaration of a name wins.
 */
export function objectProperties(swagger: unknown, schema: JsonObject): Map<string, JsonObject> {
  const found = new Map<string, JsonObject>();
  const seen = new Set<JsonObject>();
  const collect = (s: JsonObject | undefined): void => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    if (s.$ref !== undefined) return collect(resolveSchemaRef(swagger, s.$ref));
    if (isObject(s.properties)) {
      for (const [name, p] of Object.entries(s.properties)) if (isObject(p) && !found.has(name)) found.set(name, p);
    }
    if (Array.isArray(s.allOf)) for (const member of s.allOf) if (isObject(member)) collect(member);
  };
  collect(schema);
  return found;
}
