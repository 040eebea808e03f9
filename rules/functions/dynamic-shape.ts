import { isNonEmptyString, isObject, show } from '../lib/json';
import type { JsonPath } from '../lib/index';
import { extensionUses } from '../lib/extensions';
import type { RuleResult } from './rule-function';

export interface ShapeSpec {
  /** Keys the object may have (x- keys are always tolerated). */
  keys: string[];
  /** Keys that must be present. */
  required?: string[];
  /** Keys whose value must be a string (path strings, operationId). */
  strings?: string[];
  /** How `parameters` entries are written: v1 (literal | {parameter}) or v2 ({value} | {parameterReference}). */
  parameters?: 'v1' | 'v2';
}

/** Checks every use of a dynamic extension against its shape; `extra` adds extension-specific checks. */
export function checkShape(
  swagger: unknown,
  extension: string,
  spec: ShapeSpec,
  extra?: (ext: Record<string, unknown>, at: JsonPath, results: RuleResult[]) => void,
): RuleResult[] {
  const results: RuleResult[] = [];
  for (const use of extensionUses(swagger, extension)) {
    const at = [...use.at, extension];
    if (!isObject(use.value)) {
      results.push({ message: `${extension} is ${show(use.value)}; it must be an object.`, path: at });
      continue;
    }
    checkObject(use.value, at, extension, spec, results);
    extra?.(use.value, at, results);
  }
  return results;
}

/** Checks one call object (also used for the open/browse objects of x-ms-dynamic-tree). */
export function checkObject(value: Record<string, unknown>, at: JsonPath, name: string, spec: ShapeSpec, results: RuleResult[]): void {
  for (const key of spec.required ?? []) {
    if (value[key] === undefined) results.push({ message: `${name} has no "${key}".`, path: [...at, key] });
  }
  for (const key of Object.keys(value)) {
    if (!spec.keys.includes(key) && !/^x-/i.test(key)) {
      results.push({ message: `${name} has the key "${key}", which it does not take (allowed: ${spec.keys.join(', ')}).`, path: [...at, key] });
    }
  }
  for (const key of spec.strings ?? []) {
    const v = value[key];
    if (v !== undefined && !isNonEmptyString(v)) results.push({ message: `${name}.${key} is ${show(v)}; it must be a non-empty string.`, path: [...at, key] });
  }
  if (spec.parameters && value.parameters !== undefined) checkParameters(value.parameters, [...at, 'parameters'], name, spec.parameters, results);
}

function checkParameters(parameters: unknown, at: JsonPath, name: string, style: 'v1' | 'v2', results: RuleResult[]): void {
  if (!isObject(parameters)) {
    results.push({ message: `${name}.parameters is ${show(parameters)}; it must be an object keyed by parameter name.`, path: at });
    return;
  }
  for (const [key, entry] of Object.entries(parameters)) {
    const here = [...at, key];
    if (style === 'v1') {
      if (!isObject(entry)) continue; // a literal value
      const keys = Object.keys(entry);
      if (keys.length === 1 && keys[0] === 'parameter' && isNonEmptyString(entry.parameter)) continue;
      const hint = 'value' in entry || 'parameterReference' in entry ? ' ({"value"} and {"parameterReference"} are the x-ms-dynamic-list / -properties forms)' : '';
      results.push({ message: `${name}.parameters.${key} is ${show(entry)}; it must be a literal value or {"parameter": "<input name>"}${hint}.`, path: here });
      continue;
    }
    const object = isObject(entry) ? entry : {};
    const keys = Object.keys(object);
    // selectedItemValuePath has its own rule (swagger-selected-item-value-path-position).
    const single = keys.length === 1 && (keys[0] === 'value' || keys[0] === 'selectedItemValuePath' || (keys[0] === 'parameterReference' && isNonEmptyString(object.parameterReference)));
    if (!single) {
      const hint = 'parameter' in object ? ' ({"parameter"} is the x-ms-dynamic-values / -schema form)' : '';
      results.push({ message: `${name}.parameters.${key} is ${show(entry)}; it must be exactly one of {"value": ...} or {"parameterReference": "<input path>"}${hint}.`, path: here });
    }
  }
}
