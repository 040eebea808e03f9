import {
  dynamicCalls,
  isV2,
  resolveBodyProperty,
  resolveInputPath,
  type CallArgument,
  type DynamicCall,
  type ResolvedInput,
} from '../lib/dynamic';
import { isObject } from '../lib/json';
import type { OperationRef } from '../lib/swagger';

/** How a name used in a call resolves on one operation: as an input path, or (v1) as a top-level body property. */
export function resolveOn(swagger: unknown, op: OperationRef, name: string, v2: boolean): ResolvedInput | undefined {
  const input = resolveInputPath(swagger, op, name);
  if (input) return input.found ? input : undefined;
  return v2 ? undefined : resolveBodyProperty(swagger, op, name);
}

export interface ResolvedArgument {
  call: DynamicCall;
  arg: CallArgument;
  /** The target input the argument feeds (undefined when the call has no target, or the key is unknown there). */
  target?: ResolvedInput;
  /** The source input a reference reads, per source operation where it resolves. */
  sources: Array<{ op: OperationRef; input: ResolvedInput }>;
}

const cache = new WeakMap<object, readonly ResolvedArgument[]>();

/**
 * Every argument of every dynamic call, resolved on both sides. Memoized per document (four rules ask for the same
 * list): callers share it and must not change it.
 */
export function resolvedArguments(swagger: unknown): readonly ResolvedArgument[] {
  if (!isObject(swagger)) return [];
  let cached = cache.get(swagger);
  if (!cached) cache.set(swagger, (cached = resolveAll(swagger)));
  return cached;
}

function resolveAll(swagger: unknown): ResolvedArgument[] {
  const result: ResolvedArgument[] = [];
  for (const call of dynamicCalls(swagger)) {
    const v2 = isV2(call.kind);
    for (const arg of call.arguments) {
      const target = call.target ? resolveOn(swagger, call.target, arg.key, v2) : undefined;
      const sources: ResolvedArgument['sources'] = [];
      if (arg.kind === 'reference' && arg.reference !== undefined) {
        for (const op of call.sources) {
          const input = resolveOn(swagger, op, arg.reference, v2);
          if (input) sources.push({ op, input });
        }
      }
      result.push({ call, arg, ...(target ? { target } : {}), sources });
    }
  }
  return result;
}
