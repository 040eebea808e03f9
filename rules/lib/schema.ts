import Ajv, { type ErrorObject } from 'ajv';
import { show } from './json';

export type JsonPath = Array<string | number>;

export interface ShapeProblem {
  /** JSON path of the offending value (for a missing key, of the key), relative to the validated value. */
  path: JsonPath;
  /** What is wrong, in words, naming the place with `label`. */
  message: string;
}

// One Ajv instance for all our small schemas; allErrors so that one run reports every problem of a value.
const ajv = new Ajv({ allErrors: true, strict: false });

/**
 * Compiles a JSON Schema of our own into a function that lists readable problems. `label` names the validated value
 * in messages (e.g. "settings.json", "uiDefinition of \"api_key\"").
 */
export function shapeChecker(schema: object): (data: unknown, label: string) => ShapeProblem[] {
  const validate = ajv.compile(schema);
  return (data, label) => {
    validate(data);
    return (validate.errors ?? []).map((error) => toProblem(error, data, label));
  };
}

function toProblem(error: ErrorObject, data: unknown, label: string): ShapeProblem {
  const path = toPath(error.instancePath, data);
  const where = path.length === 0 ? label : `${label} ${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '')}`;
  const params = error.params as Record<string, unknown>;
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `${where} has the unknown key "${String(params.additionalProperty)}".` };
    case 'required':
      return { path: [...path, String(params.missingProperty)], message: `${where} has no "${String(params.missingProperty)}".` };
    case 'type':
      return { path, message: `${where} is ${typeName(value)}; it must be ${article(String(params.type))}.` };
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map((v) => show(v)).join(', ');
      return { path, message: `${where} is ${show(value)}; allowed: ${allowed}.` };
    }
    case 'minItems':
      return { path, message: `${where} is empty; it needs at least ${String(params.limit)} item(s).` };
    case 'minLength':
      return { path, message: `${where} is empty.` };
    case 'pattern':
      return { path, message: `${where} ${show(value)} does not have the expected form.` };
    default:
      return { path, message: `${where} ${error.message ?? 'is not valid'}.` };
  }
}

/** Turns an instancePath ("/a/0/b~1c") into a JSON path, with numbers where the value at that point is an array. */
function toPath(instancePath: string, data: unknown): JsonPath {
  if (instancePath === '') return [];
  const path: JsonPath = [];
  let current: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let current = data;
  for (const segment of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment as string] : undefined;
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${show(value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function article(types: string): string {
  return types
    .split(',')
    .map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ');
}
