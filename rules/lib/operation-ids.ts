import { distance } from 'fastest-levenshtein';
import { isObject } from './json';
import { operationsOf } from './swagger';

const cache = new WeakMap<object, Set<string>>();

/** The operationIds of a swagger (memoized per document). */
export function operationIdsOf(swagger: unknown): Set<string> {
  if (!isObject(swagger)) return new Set();
  let ids = cache.get(swagger);
  if (!ids) {
    ids = new Set(operationsOf(swagger).flatMap((op) => (typeof op.operation.operationId === 'string' ? [op.operation.operationId] : [])));
    cache.set(swagger, ids);
  }
  return ids;
}

/** ` (did you mean "GetItems"?)` when an operationId differs only in case or by a small typo, else ''. */
export function didYouMean(name: string, ids: Set<string>): string {
  const lower = name.toLowerCase();
  const match = [...ids].find((id) => id.toLowerCase() === lower) ?? [...ids].find((id) => distance(id.toLowerCase(), lower) <= 2);
  return match ? ` (did you mean "${match}"?)` : '';
}
