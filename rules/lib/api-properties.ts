import { distance } from 'fastest-levenshtein';
import { isObject, type JsonObject } from './json';

export type JsonPath = Array<string | number>;

/** The keys of "properties": the 2020 schema's, plus those paconn and the platform read (criteria.md A9). */
export const KNOWN_PROPERTY_KEYS = [
  'iconBrandColor',
  'publisher',
  'stackOwner',
  'capabilities',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'scriptOperations',
  'script',
];

/** The known key a mistyped key stands for: same letters in another case, or at most two edits away. */
export function intendedKey(key: string): string | undefined {
  return KNOWN_PROPERTY_KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? KNOWN_PROPERTY_KEYS.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
}

/** The `properties` object of an apiProperties.json document, or undefined. */
export function propertiesOf(root: unknown): JsonObject | undefined {
  return isObject(root) && isObject(root.properties) ? root.properties : undefined;
}

export interface ConnectionParameterEntry {
  /** The key, e.g. "api_key" or "token:TenantId". */
  name: string;
  /** The value as written (any JSON). */
  value: unknown;
  /** JSON path of the value. */
  at: JsonPath;
  /** Name of the connection parameter set it belongs to, when it is inside `connectionParameterSets`. */
  set?: string;
}

export interface ConnectionParameterRef extends ConnectionParameterEntry {
  /** The parameter object. */
  param: JsonObject;
}

const entriesCache = new WeakMap<object, ConnectionParameterEntry[]>();

/**
 * Every connection parameter entry of the document, whatever its value: those of `connectionParameters` and those
 * of each `connectionParameterSets.values[i].parameters` (multi-auth connectors). Memoized per document.
 */
export function connectionParameterEntries(root: unknown): ConnectionParameterEntry[] {
  if (!isObject(root)) return [];
  let cached = entriesCache.get(root);
  if (!cached) entriesCache.set(root, (cached = listConnectionParameters(root)));
  return cached;
}

/** The connection parameters whose value is an object (the shape rules report the others). */
export function connectionParametersOf(root: unknown): ConnectionParameterRef[] {
  return connectionParameterEntries(root).flatMap((e) => (isObject(e.value) ? [{ ...e, param: e.value }] : []));
}

function listConnectionParameters(root: JsonObject): ConnectionParameterEntry[] {
  const props = propertiesOf(root);
  if (!props) return [];
  const result: ConnectionParameterEntry[] = [];
  if (isObject(props.connectionParameters)) {
    for (const [name, value] of Object.entries(props.connectionParameters)) result.push({ name, value, at: ['properties', 'connectionParameters', name] });
  }
  const values = isObject(props.connectionParameterSets) ? props.connectionParameterSets.values : undefined;
  if (Array.isArray(values)) {
    values.forEach((item, index) => {
      if (!isObject(item) || !isObject(item.parameters)) return;
      const set = typeof item.name === 'string' ? item.name : `#${index}`;
      for (const [name, value] of Object.entries(item.parameters)) {
        result.push({ name, value, at: ['properties', 'connectionParameterSets', 'values', index, 'parameters', name], set });
      }
    });
  }
  return result;
}

/** Where a parameter is, for messages: `"api_key"` or `"api_key" (parameter set "Basic")`. */
export function describeParameter(ref: ConnectionParameterEntry): string {
  return ref.set === undefined ? `Connection parameter "${ref.name}"` : `Connection parameter "${ref.name}" of parameter set "${ref.set}"`;
}

export interface OAuthSettingsRef extends ConnectionParameterRef {
  settings: JsonObject;
}

/** Connection parameters of type oauthSetting (any casing) that carry an `oAuthSettings` object. */
export function oauthSettingsOf(root: unknown): OAuthSettingsRef[] {
  return connectionParametersOf(root)
    .filter((ref) => isObject(ref.param.oAuthSettings))
    .map((ref) => ({ ...ref, settings: ref.param.oAuthSettings as JsonObject }));
}

/** The identity provider of OAuth settings, lower-cased, or undefined when it is not a string. */
export function identityProviderOf(settings: JsonObject): string | undefined {
  return typeof settings.identityProvider === 'string' ? settings.identityProvider.toLowerCase() : undefined;
}

/** True when the parameter is hidden from users (`uiDefinition.constraints.hidden` true, as boolean or string). */
export function isHiddenParameter(param: JsonObject): boolean {
  const ui = param.uiDefinition;
  const constraints = isObject(ui) ? ui.constraints : undefined;
  const hidden = isObject(constraints) ? constraints.hidden : undefined;
  return hidden === true || (typeof hidden === 'string' && hidden.trim().toLowerCase() === 'true');
}

export interface PolicyInstanceRef {
  instance: JsonObject;
  /** JSON path of the instance object. */
  at: JsonPath;
  /** The templateId lower-cased ('' when it is not a string). */
  templateId: string;
  /** The `parameters` object ({} when missing or not an object). */
  parameters: JsonObject;
}

/** Every object of `properties.policyTemplateInstances`. */
export function policyInstancesOf(root: unknown): PolicyInstanceRef[] {
  const list = propertiesOf(root)?.policyTemplateInstances;
  if (!Array.isArray(list)) return [];
  const result: PolicyInstanceRef[] = [];
  list.forEach((instance, index) => {
    if (!isObject(instance)) return;
    result.push({
      instance,
      at: ['properties', 'policyTemplateInstances', index],
      templateId: typeof instance.templateId === 'string' ? instance.templateId.toLowerCase() : '',
      parameters: isObject(instance.parameters) ? instance.parameters : {},
    });
  });
  return result;
}

export const TEMPLATE_PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';
export const OPERATION_NAME_KEY = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION_KEY = 'x-ms-apimTemplate-policySection';

/** Value of the template parameter `x-ms-apimTemplateParameter.<name>` of a policy instance. */
export function templateParameter(ref: PolicyInstanceRef, name: string): unknown {
  return ref.parameters[TEMPLATE_PARAMETER_PREFIX + name];
}

/** How a policy instance is named in messages: `Policy 2 "Set host" (dynamichosturl)`, numbered from 1. */
export function describePolicy(ref: PolicyInstanceRef): string {
  const title = typeof ref.instance.title === 'string' && ref.instance.title.trim() !== '' ? `"${ref.instance.title}" ` : '';
  const id = typeof ref.instance.templateId === 'string' ? ref.instance.templateId : '?';
  return `Policy ${Number(ref.at[2]) + 1} ${title}(${id})`;
}

/** The operationIds a policy instance is limited to; undefined when it applies to every operation. */
export function policyOperations(ref: PolicyInstanceRef): unknown[] | undefined {
  const value = ref.parameters[OPERATION_NAME_KEY];
  return Array.isArray(value) ? value : undefined;
}

/** A key of `props` that is a misspelling of `wanted` (reported by props-known-keys, so other rules stay quiet). */
export function misspelledKeyFor(props: JsonObject, wanted: string): string | undefined {
  return Object.keys(props).find((k) => !KNOWN_PROPERTY_KEYS.includes(k) && intendedKey(k) === wanted);
}

/** The connection parameter types (case-sensitive). */
export const CONNECTION_PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting'];

/** The type of a connection parameter, lower-cased ('' when it is not a string): rules other than the type rule tolerate mis-casing. */
export function parameterType(param: JsonObject): string {
  return typeof param.type === 'string' ? param.type.trim().toLowerCase() : '';
}

/** Every string value below `value` (iteratively, so deep documents are safe), with its path. */
export function stringsIn(value: unknown, at: JsonPath = []): Array<{ text: string; at: JsonPath }> {
  const result: Array<{ text: string; at: JsonPath }> = [];
  const stack: Array<{ value: unknown; at: JsonPath }> = [{ value, at }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') result.push({ text: item.value, at: item.at });
    else if (Array.isArray(item.value)) item.value.forEach((v, i) => stack.push({ value: v, at: [...item.at, i] }));
    else if (isObject(item.value)) for (const [k, v] of Object.entries(item.value)) stack.push({ value: v, at: [...item.at, k] });
  }
  return result.reverse();
}
