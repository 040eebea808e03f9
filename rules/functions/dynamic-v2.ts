import { bodyPropertyNames, dynamicCalls, pathSegments, V2_OF, type DynamicCall } from '../lib/dynamic';
import type { JsonPath } from '../lib/index';
import { parametersOf } from '../lib/swagger';

export interface V2Reason {
  call: DynamicCall;
  /** The validator code the reason corresponds to. */
  code: 'ambiguous' | 'nonParameter' | 'propertiesValuePath';
  message: string;
  path: JsonPath;
}

/**
 * Why a first-generation call (x-ms-dynamic-values / x-ms-dynamic-schema) that has no second-generation companion
 * cannot work without one: a `parameter` name that is both an input and a body property, a reference into a parameter,
 * or (dynamic schema) a value-path that points at schema properties. Empty when the call is fine as written.
 */
export function v2Reasons(swagger: unknown, call: DynamicCall): V2Reason[] {
  const companion = V2_OF[call.kind];
  if (!companion || call.use.owner[companion] !== undefined) return [];
  const reasons: V2Reason[] = [];
  for (const arg of call.arguments) {
    if (arg.kind !== 'reference' || arg.reference === undefined) continue;
    const name = arg.reference;
    const path = [...arg.at, 'parameter'];
    for (const op of call.sources) {
      const isParameter = parametersOf(swagger, op).some((p) => p.parameter.name === name);
      const isProperty = bodyPropertyNames(swagger, op).has(name);
      if (isParameter && isProperty) {
        reasons.push({ call, code: 'ambiguous', path, message: `${call.kind} references "${name}", which is both a parameter and a body property; add ${companion} with an unambiguous parameterReference.` });
        break;
      }
      if (!isParameter && (isProperty || pathSegments(name).length > 1)) {
        reasons.push({ call, code: 'nonParameter', path, message: `${call.kind} references "${name}", a property inside a parameter; such references need ${companion}.` });
        break;
      }
    }
  }
  const valuePath = call.ext['value-path'];
  if (call.kind === 'x-ms-dynamic-schema' && typeof valuePath === 'string' && pathSegments(valuePath).pop() === 'properties') {
    reasons.push({ call, code: 'propertiesValuePath', path: [...call.at, 'value-path'], message: `x-ms-dynamic-schema value-path "${valuePath}" points at schema properties; add x-ms-dynamic-properties whose itemValuePath points at the schema object.` });
  }
  return reasons;
}

/** Every call with its reasons (memo-free: the calls themselves are memoized). */
export function allV2Reasons(swagger: unknown): V2Reason[] {
  return dynamicCalls(swagger).flatMap((call) => v2Reasons(swagger, call));
}
