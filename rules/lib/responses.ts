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

/** The operation's responses in document order; `x-` keys and unresolvable references are skipped. */
export function responsesOf(swagger: unknown, op: OperationRef): ResponseRef[] {
  const map = op.operation.responses;
  if (!isObject(map)) return [];
  const result: ResponseRef[] = [];
  for (const [code, value] of Object.entries(map)) {
    if (code.startsWith('x-') || !isObject(value)) continue;
    if (value.$ref === undefined) {
      result.push({ code, response: value, at: [...op.at, 'responses', code], shared: false });
      continue;
    }
    const segments = localRefSegments(value.$ref);
    if (!segments || segments.length !== 2 || segments[0] !== 'responses') continue;
    const target = getPathOwn(swagger, segments);
    if (isObject(target)) result.push({ code, response: target, at: [...segments], shared: true });
  }
  return result;
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
