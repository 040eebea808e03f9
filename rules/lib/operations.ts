/**
 * Shared pieces of the rules over operations, paths and parameters: labels for messages, the parameters as written
 * (each once), the parameters users see, `x-ms-api-annotation` families, and path templates (variables, and whether two
 * templates route alike). Lists are memoized per document.
 */
import { getPath, isNonEmptyString, isObject, type JsonObject } from './json';
import { isInternal, localRefName, operationsOf, parametersOf, type JsonPath, type OperationRef } from './swagger';

/** "GET /tasks", for messages. */
export function describeOperation(op: OperationRef): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** The characters the validator rejects in an operation summary (RestrictedCharactersInSummary). */
export const RESTRICTED_SUMMARY_CHARACTERS = ['/', '\\', '<', '>', '*', '%', '&', '?'];

/** True for a status-code key 200–299. */
export function isSuccessCode(code: string): boolean {
  return /^2\d\d$/.test(code);
}

const codesCache = new WeakMap<OperationRef, readonly string[]>();

/** The response codes an operation declares (`x-` keys left out). Memoized per operation: callers share the list. */
export function responseCodes(op: OperationRef): readonly string[] {
  let codes = codesCache.get(op);
  if (!codes) {
    const responses = op.operation.responses;
    codesCache.set(op, (codes = isObject(responses) ? Object.keys(responses).filter((code) => !code.startsWith('x-')) : []));
  }
  return codes;
}

/**
 * An "empty operation": no operationId, no summary, no description and no success response. Such an operation is
 * reported once, as empty, by swagger-operation-empty; the rules about each missing piece skip it.
 */
export function isEmptyOperation(op: OperationRef): boolean {
  const o = op.operation;
  return !isNonEmptyString(o.operationId) && !isNonEmptyString(o.summary) && !isNonEmptyString(o.description) && !responseCodes(op).some(isSuccessCode);
}

const nonEmptyCache = new WeakMap<object, OperationRef[]>();
const visibleOpsCache = new WeakMap<object, OperationRef[]>();

/** Operations that are not empty (see isEmptyOperation). Memoized per document: callers share the list. */
export function nonEmptyOperationsOf(swagger: unknown): OperationRef[] {
  if (!isObject(swagger)) return [];
  let cached = nonEmptyCache.get(swagger);
  if (!cached) nonEmptyCache.set(swagger, (cached = operationsOf(swagger).filter((op) => !isEmptyOperation(op))));
  return cached;
}

/** Operations users see in the designer: not marked internal, not empty. Memoized per document: callers share the list. */
export function visibleOperationsOf(swagger: unknown): OperationRef[] {
  if (!isObject(swagger)) return [];
  let cached = visibleOpsCache.get(swagger);
  if (!cached) visibleOpsCache.set(swagger, (cached = nonEmptyOperationsOf(swagger).filter((op) => !isInternal(op.operation))));
  return cached;
}

export interface WrittenParameter {
  parameter: JsonObject;
  /** JSON path of the parameter object. */
  at: JsonPath;
  /** e.g. `parameter "status" (query) of GET /tasks`, for messages. */
  label: string;
}

const writtenCache = new WeakMap<object, WrittenParameter[]>();

/**
 * Every parameter object as written, each once: in operations, in path items and under root `parameters`. `$ref`
 * entries are skipped (their targets are listed under root `parameters`), so structural findings appear once, where
 * the parameter is written.
 */
export function writtenParametersOf(swagger: unknown): WrittenParameter[] {
  if (!isObject(swagger)) return [];
  let cached = writtenCache.get(swagger);
  if (!cached) writtenCache.set(swagger, (cached = listWritten(swagger)));
  return cached;
}

function listWritten(swagger: JsonObject): WrittenParameter[] {
  const result: WrittenParameter[] = [];
  const fromList = (list: unknown, at: JsonPath, where: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      if (isObject(p) && p.$ref === undefined) result.push({ parameter: p, at: [...at, i], label: `${nameOf(p)} of ${where}` });
    });
  };
  const paths = swagger.paths;
  if (isObject(paths)) {
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      fromList(item.parameters, ['paths', path, 'parameters'], `path ${path}`);
    }
  }
  for (const op of operationsOf(swagger)) fromList(op.operation.parameters, [...op.at, 'parameters'], describeOperation(op));
  if (isObject(swagger.parameters)) {
    for (const [name, p] of Object.entries(swagger.parameters)) {
      if (isObject(p) && p.$ref === undefined) result.push({ parameter: p, at: ['parameters', name], label: `shared parameter "${name}"` });
    }
  }
  return result;
}

/** `parameter "status" (query)`, for messages. */
export function nameOf(parameter: JsonObject): string {
  const name = typeof parameter.name === 'string' ? `"${parameter.name}"` : '(unnamed)';
  return `parameter ${name} (${typeof parameter.in === 'string' ? parameter.in : 'no "in"'})`;
}

export interface VisibleParameter {
  op: OperationRef;
  parameter: JsonObject;
  at: JsonPath;
  label: string;
}

const visibleCache = new WeakMap<object, VisibleParameter[]>();

/**
 * The non-body parameters users fill in: neither the parameter nor its operation is internal. A parameter shared by
 * several operations (root `parameters`, used by `$ref`) is listed once, with the first operation using it.
 */
export function visibleParametersOf(swagger: unknown): VisibleParameter[] {
  if (!isObject(swagger)) return [];
  let cached = visibleCache.get(swagger);
  if (!cached) {
    cached = [];
    const seen = new Set<string>();
    for (const op of visibleOperationsOf(swagger)) {
      for (const { parameter, at } of parametersOf(swagger, op)) {
        if (parameter.in === 'body' || isInternal(parameter)) continue;
        const key = at.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        cached.push({ op, parameter, at, label: `${nameOf(parameter)} of ${describeOperation(op)}` });
      }
    }
    visibleCache.set(swagger, cached);
  }
  return cached;
}

export interface FamilyMember {
  op: OperationRef;
  annotation: JsonObject;
}

const familyCache = new WeakMap<object, Map<string, FamilyMember[]>>();

/** Operations grouped by `x-ms-api-annotation.family` (a non-empty string), in document order. */
export function familiesOf(swagger: unknown): Map<string, FamilyMember[]> {
  if (!isObject(swagger)) return new Map();
  let cached = familyCache.get(swagger);
  if (!cached) {
    cached = new Map();
    for (const op of operationsOf(swagger)) {
      const annotation = op.operation['x-ms-api-annotation'];
      if (!isObject(annotation) || !isNonEmptyString(annotation.family)) continue;
      let members = cached.get(annotation.family);
      if (!members) cached.set(annotation.family, (members = []));
      members.push({ op, annotation });
    }
    familyCache.set(swagger, cached);
  }
  return cached;
}

/** Whether an operation is deprecated (`deprecated: true`). */
export function isDeprecated(op: OperationRef): boolean {
  return op.operation.deprecated === true;
}

/** The `{name}` variables of a path template, in order (an unbalanced brace ends the scan). */
export function templateVariables(path: string): string[] {
  return [...path.matchAll(/\{([^{}/]*)\}/g)].map((m) => m[1]);
}

/** The MIME types an operation accepts: its own `consumes` when written, else the root one. */
export function effectiveConsumes(swagger: unknown, op: OperationRef): unknown {
  return op.operation.consumes !== undefined ? op.operation.consumes : getPath(swagger, ['consumes']);
}

/** The parameter a `$ref` entry points at (root `parameters`), or the entry itself. */
export function resolveParameter(swagger: unknown, entry: unknown): JsonObject | undefined {
  if (!isObject(entry)) return undefined;
  if (typeof entry.$ref !== 'string') return entry;
  const name = localRefName(entry.$ref, 'parameters');
  const target = name === undefined ? undefined : getPath(swagger, ['parameters', name]);
  return isObject(target) ? target : undefined;
}

/** The member's x-ms-api-annotation revision when it is a whole number, else undefined. */
export function revisionOf(member: FamilyMember): number | undefined {
  const revision = member.annotation.revision;
  return Number.isInteger(revision) ? (revision as number) : undefined;
}

/** The operationId of a member, or its method and path, for messages. */
export function memberLabel(member: FamilyMember): string {
  const id = member.op.operation.operationId;
  return isNonEmptyString(id) ? id : describeOperation(member.op);
}

/** How two path segments compare for routing. */
type SegmentRelation = 'same' | 'different' | 'ambiguous';

const VARIABLE = /\{[^{}]*\}/;

// Path templates repeat across operations: their split segments and variable patterns are cached (bounded).
const segmentsCache = new Map<string, string[]>();
const patternCache = new Map<string, RegExp>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 5000) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}

function segmentPattern(segment: string): RegExp {
  return cached(patternCache, segment, () => {
    const parts = segment.split(/\{[^{}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.+')}$`, 'i');
  });
}

/** A path segment read once for routing comparisons. */
export interface RouteSegment {
  text: string;
  variable: boolean;
  /** Lower case, with every variable written "{}": two segments route alike when these are equal. */
  shape: string;
}

const routeCache = new Map<string, RouteSegment[]>();

function routeSegments(path: string): RouteSegment[] {
  return cached(routeCache, path, () =>
    templateSegments(path).map((text) => {
      const variable = VARIABLE.test(text);
      return { text, variable, shape: (variable ? text.replace(/\{[^{}]*\}/g, '{}') : text).toLowerCase() };
    }),
  );
}

function compareSegments(a: RouteSegment, b: RouteSegment): SegmentRelation {
  if (a.text === b.text) return 'same';
  if (a.variable === b.variable) return a.shape === b.shape ? 'same' : 'different';
  const [pattern, text] = a.variable ? [a.text, b.text] : [b.text, a.text];
  return segmentPattern(pattern).test(text) ? 'ambiguous' : 'different';
}

/** The segments of a path template (a query part or fragment cut off). */
export function templateSegments(path: string): string[] {
  return cached(segmentsCache, path, () => path.split(/[?#]/)[0].split('/'));
}

/** A path template's segments, read once for compareRoutes (cached per template). */
export function routeOf(path: string): readonly RouteSegment[] {
  return routeSegments(path);
}

/**
 * How two path templates (read with routeOf) route: 'same' when every segment matches alike (e.g. /a/{id} and
 * /a/{key}), 'ambiguous' when they differ only where a variable meets a fixed segment it could match (/a/{id} and
 * /a/count), else 'different'.
 */
export function compareRoutes(sa: readonly RouteSegment[], sb: readonly RouteSegment[]): SegmentRelation {
  if (sa.length !== sb.length) return 'different';
  let result: SegmentRelation = 'same';
  for (let i = 0; i < sa.length; i++) {
    const relation = compareSegments(sa[i], sb[i]);
    if (relation === 'different') return 'different';
    if (relation === 'ambiguous') result = 'ambiguous';
  }
  return result;
}

/** Operations grouped by method and number of path segments: only operations of one group can route alike. */
export function routeGroupsOf(swagger: unknown): OperationRef[][] {
  const groups = new Map<string, OperationRef[]>();
  for (const op of operationsOf(swagger)) {
    const key = `${op.method} ${templateSegments(op.path).length}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(op);
  }
  return [...groups.values()];
}
