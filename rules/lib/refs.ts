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
  const add = (kind: RefKind, owner: unknown, at: JsonPath) => {
    if (isObject(owner) && owner.$ref !== undefined) sites.push({ kind, ref: owner.$ref, owner, at });
  };
  const parameterList = (list: unknown, at: JsonPath) => Array.isArray(list) && list.forEach((p, i) => add('parameter', p, [...at, i]));
  const responseMap = (map: unknown, at: JsonPath) => {
    if (isObject(map)) for (const [code, r] of Object.entries(map)) if (!code.startsWith('x-')) add('response', r, [...at, code]);
  };

  for (const node of schemasOf(swagger)) if (node.schema.$ref !== undefined) sites.push(new SchemaRefSite(node));
  if (isObject(swagger.parameters)) for (const [name, p] of Object.entries(swagger.parameters)) add('parameter', p, ['parameters', name]);
  if (isObject(swagger.responses)) for (const [name, r] of Object.entries(swagger.responses)) add('response', r, ['responses', name]);
  if (isObject(swagger.paths)) {
    for (const [path, item] of Object.entries(swagger.paths)) {
      if (!isObject(item)) continue;
      add('pathItem', item, ['paths', path]);
      parameterList(item.parameters, ['paths', path, 'parameters']);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        parameterList(op.parameters, ['paths', path, method, 'parameters']);
        responseMap(op.responses, ['paths', path, method, 'responses']);
      }
    }
  }
  return sites;
}
