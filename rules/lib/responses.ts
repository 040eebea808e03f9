/** The responses of an operation, with `#/responses/...` references followed. */
import { isObject, type JsonObject } from './json';
import { getPathOwn, localRefSegments, type JsonPath } from './schemas';
import { isInternal, type OperationRef } from './swagger';

export interface ResponseRef {
  /** The key under `responses`: "200", "default", ... */
  code: string;
  /** The response object that applies (the target when written as a `$ref`). */
  response: JsonObject;
  /** Where `response` is written: in the operation, or under root `responses` when referenced. */
  at: JsonPath;
  /** True when written under root `responses` and referenced with `$ref`. */
  shared: boolean;
}

const responsesCache = new WeakMap<OperationRef, ResponseRef[]>();

/**
 * The operation's responses in document order; `x-` keys and unresolvable references are skipped. Memoized per
 * operation (`op` comes from operationsOf of the same `swagger`): callers share the list and must not change it.
 */
export function responsesOf(swagger: unknown, op: OperationRef): ResponseRef[] {
  let cached = responsesCache.get(op);
  if (!cached) responsesCache.set(op, (cached = listResponses(swagger, op)));
  return cached;
}

function listResponses(swagger: unknown, op: OperationRef): ResponseRef[] {
  const map = op.operation.responses;
  if (!isObject(map)) return [];
  const result: ResponseRef[] = [];
  for (const code of Object.keys(map)) {
    const value = map[code];
    if (code.startsWith('x-') || !isObject(value)) continue;
    if (value.$ref === undefined) {
      result.push(new OwnResponse(code, value, op));
      continue;
    }
    const segments = localRefSegments(value.$ref);
    if (!segments || segments.length !== 2 || segments[0] !== 'responses') continue;
    const target = getPathOwn(swagger, segments);
    if (isObject(target)) result.push({ code, response: target, at: [...segments], shared: true });
  }
  return result;
}

/** A response written in its operation, whose path is built on first read: most responses are never reported. */
class OwnResponse implements ResponseRef {
  readonly shared = false;
  private path: JsonPath | undefined;
  constructor(
    readonly code: string,
    readonly response: JsonObject,
    private readonly op: OperationRef,
  ) {}

  get at(): JsonPath {
    return (this.path ??= [...this.op.at, 'responses', this.code]);
  }
}

/** True for a 2xx status code key. */
export function isSuccess(code: string): boolean {
  return /^2\d\d$/.test(code);
}

/** The `x-ms-notification-content` schema of a webhook trigger (path item or operation), if any. */
export function notificationSchemaOf(op: OperationRef): JsonObject | undefined {
  for (const owner of [op.operation, op.pathItem]) {
    const content = owner['x-ms-notification-content'];
    if (isObject(content) && isObject(content.schema)) return content.schema;
  }
  return undefined;
}

/**
 * The responses of an operation that must describe its output, or [] when the operation is exempt: deletes, internal
 * operations, triggers (their payload is x-ms-notification-content), and operations that also declare 202/204, which
 * say they may answer without content.
 */
export function outputResponsesOf(swagger: unknown, op: OperationRef): ResponseRef[] {
  if (op.method === 'delete' || isInternal(op.operation) || op.operation['x-ms-trigger'] !== undefined || notificationSchemaOf(op)) return [];
  const responses = responsesOf(swagger, op);
  return responses.some((r) => r.code === '202' || r.code === '204') ? [] : responses;
}
