import { getPath, isObject, type JsonObject } from './json';

export type JsonPath = Array<string | number>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

export interface OperationRef {
  /** Path template, e.g. /tasks/{id}. */
  path: string;
  method: string;
  operation: JsonObject;
  pathItem: JsonObject;
  /** JSON path of the operation object. */
  at: JsonPath;
}

const operationsCache = new WeakMap<object, OperationRef[]>();

/** Every operation object of a swagger, in document order (computed once per document, shared by all rules). */
export function operationsOf(swagger: unknown): OperationRef[] {
  if (!isObject(swagger)) return [];
  let cached = operationsCache.get(swagger);
  if (!cached) operationsCache.set(swagger, (cached = listOperations(swagger)));
  return cached;
}

function listOperations(swagger: JsonObject): OperationRef[] {
  const paths = getPath(swagger, ['paths']);
  const result: OperationRef[] = [];
  if (!isObject(paths)) return result;
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if ((HTTP_METHODS as readonly string[]).includes(method) && isObject(operation)) {
        result.push({ path, method, operation, pathItem, at: ['paths', path, method] });
      }
    }
  }
  return result;
}

export interface ParameterRef {
  /** The parameter as it applies (a `$ref` is followed to its root definition). */
  parameter: JsonObject;
  /** Where it is written: in the operation, in the path item, or under root `parameters` when referenced. */
  at: JsonPath;
  /** True when written under root `parameters` and referenced with `$ref`. */
  shared: boolean;
}

const parametersCache = new WeakMap<OperationRef, readonly ParameterRef[]>();

/**
 * The parameters that apply to an operation: its own, plus path-item ones it does not redefine (same name and in).
 * Memoized per operation (`op` comes from operationsOf of the same `swagger`); callers share the list.
 */
export function parametersOf(swagger: unknown, op: OperationRef): readonly ParameterRef[] {
  let cached = parametersCache.get(op);
  if (!cached) parametersCache.set(op, (cached = applicableParameters(swagger, op)));
  return cached;
}

function applicableParameters(swagger: unknown, op: OperationRef): ParameterRef[] {
  const own = listParameters(swagger, op.operation.parameters, [...op.at, 'parameters']);
  const inherited = listParameters(swagger, op.pathItem.parameters, ['paths', op.path, 'parameters']).filter(
    (p) => !own.some((o) => o.parameter.name === p.parameter.name && o.parameter.in === p.parameter.in),
  );
  return [...own, ...inherited];
}

function listParameters(swagger: unknown, list: unknown, at: JsonPath): ParameterRef[] {
  if (!Array.isArray(list)) return [];
  const result: ParameterRef[] = [];
  list.forEach((item, index) => {
    if (!isObject(item)) return;
    if (typeof item.$ref === 'string') {
      const name = localRefName(item.$ref, 'parameters');
      const target = name === undefined ? undefined : getPath(swagger, ['parameters', name]);
      if (isObject(target)) result.push({ parameter: target, at: ['parameters', name!], shared: true });
      return;
    }
    result.push({ parameter: item, at: [...at, index], shared: false });
  });
  return result;
}

/** The definition name of a local ref like "#/parameters/Foo" (for the given section), or undefined. */
export function localRefName(ref: string, section: 'parameters' | 'definitions' | 'responses'): string | undefined {
  const prefix = `#/${section}/`;
  if (!ref.startsWith(prefix)) return undefined;
  return decodeURIComponent(ref.slice(prefix.length)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** True when `x-ms-visibility` is "internal": hidden from users, so exempt from display-text rules. */
export function isInternal(node: unknown): boolean {
  return isObject(node) && node['x-ms-visibility'] === 'internal';
}
