/**
 * Every `$ref` of a swagger written where Swagger 2.0 allows one, with the section it must point into: schema refs
 * (from the schema walker) into `definitions`, parameter refs into `parameters`, response refs into `responses`, and
 * path-item refs. Memoized per document. `$ref` keys elsewhere (inside examples, extensions) are data, not refs.
 */
import { isObject, type JsonObject } from './json';
import { schemasOf, type JsonPath, type SchemaNode } from './schemas';
import { HTTP_METHODS } from './swagger';

export type RefKind = 'schema' | 'parameter' | 'response' | 'pathItem';

export interface RefSite {
  kind: RefKind;
  /** The `$ref` value as written (may not be a string). */
  ref: unknown;
  /** The object holding the `$ref`. */
  owner: JsonObject;
  /** JSON path of `owner`. */
  at: JsonPath;
}

/** The root section each kind of reference must point into. */
export const REF_SECTION = { schema: 'definitions', parameter: 'parameters', response: 'responses' } as const;

const cache = new WeakMap<object, RefSite[]>();

export function refsOf(swagger: unknown): readonly RefSite[] {
  if (!isObject(swagger)) return [];
  let sites = cache.get(swagger);
  if (!sites) cache.set(swagger, (sites = collect(swagger)));
  return sites;
}

/** A schema's reference; its path is the schema node's, built on first read (most references are fine). */
class SchemaRefSite implements RefSite {
  readonly kind = 'schema';
  readonly ref: unknown;
  readonly owner: JsonObject;
  constructor(private readonly schemaNode: SchemaNode) {
    this.owner = schemaNode.schema;
    this.ref = schemaNode.schema.$ref;
  }
  get at(): JsonPath {
    return this.schemaNode.at;
  }
}

function collect(swagger: JsonObject): RefSite[] {
  const sites: RefSite[] = [];
  // Paths are built only for objects that hold a `$ref` (most parameters and responses do not).
  const holdsRef = (owner: unknown): owner is JsonObject => isObject(owner) && owner.$ref !== undefined;
  const add = (kind: RefSite['kind'], owner: JsonObject, at: JsonPath) => sites.push({ kind, ref: owner.$ref, owner, at });
  const parameterList = (list: unknown, at: JsonPath) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) if (holdsRef(list[i])) add('parameter', list[i], [...at, i]);
  };
  const responseMap = (map: unknown, at: JsonPath) => {
    if (!isObject(map)) return;
    for (const code of Object.keys(map)) {
      const r = map[code];
      if (holdsRef(r) && !code.startsWith('x-')) add('response', r, [...at, code]);
    }
  };

  for (const node of schemasOf(swagger)) if (node.schema.$ref !== undefined) sites.push(new SchemaRefSite(node));
  const { parameters, responses, paths } = swagger;
  if (isObject(parameters)) {
    for (const name of Object.keys(parameters)) {
      const p = parameters[name];
      if (holdsRef(p)) add('parameter', p, ['parameters', name]);
    }
  }
  if (isObject(responses)) {
    for (const name of Object.keys(responses)) {
      const r = responses[name];
      if (holdsRef(r)) add('response', r, ['responses', name]);
    }
  }
  if (isObject(paths)) {
    for (const path of Object.keys(paths)) {
      const item = paths[path];
      if (!isObject(item)) continue;
      if (item.$ref !== undefined) add('pathItem', item, ['paths', path]);
      if (item.parameters !== undefined) parameterList(item.parameters, ['paths', path, 'parameters']);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        if (op.parameters !== undefined) parameterList(op.parameters, ['paths', path, method, 'parameters']);
        if (op.responses !== undefined) responseMap(op.responses, ['paths', path, method, 'responses']);
      }
    }
  }
  return sites;
}
