import { getPath, isNonEmptyString } from '../lib/json';
import { describeSchema, schemasOf, type SchemaNode, type TopSchema } from '../lib/schemas';
import { HTTP_METHODS, isInternal } from '../lib/swagger';
import { ruleFunction, type RuleResult } from './rule-function';

const FIELDS = ['x-ms-summary', 'description'] as const;

/** True when users never see the property: it, an enclosing property, its body parameter or its operation is internal. */
function hidden(swagger: unknown, node: SchemaNode): boolean {
  for (let n: SchemaNode | undefined = node; n; n = n.parent) if (isInternal(n.schema)) return true;
  return underInternal(swagger, node.top);
}

function underInternal(swagger: unknown, top: TopSchema): boolean {
  const at = top.at;
  if (at[0] !== 'paths') return false;
  if ((HTTP_METHODS as readonly unknown[]).includes(at[2]) && isInternal(getPath(swagger, at.slice(0, 3)))) return true;
  // A body parameter marked internal hides its whole schema.
  return top.kind === 'parameter' && isInternal(getPath(swagger, at.slice(0, -1)));
}

function list(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/**
 * Reports schema objects whose visible properties lack a non-empty `x-ms-summary` or `description`, one finding per
 * schema object (at its `properties`), listing the property names. `use: 'output'` looks at response and notification
 * schemas; `use: 'input'` at request bodies not also used as output (those are reported once, as output).
 */
export const schemaPropertiesHave = ruleFunction<unknown, { use: 'input' | 'output' }>('schemaPropertiesHave', (swagger, { use }) => {
  const missing = new Map<SchemaNode, Record<(typeof FIELDS)[number], string[]>>();
  for (const node of schemasOf(swagger)) {
    if (node.via !== 'properties' || !node.parent) continue;
    if (use === 'output' ? !node.output : !node.input || node.output) continue;
    const absent = FIELDS.filter((f) => !isNonEmptyString(node.schema[f]));
    if (absent.length === 0 || hidden(swagger, node)) continue;
    let entry = missing.get(node.parent);
    if (!entry) missing.set(node.parent, (entry = { 'x-ms-summary': [], description: [] }));
    for (const f of absent) entry[f].push(node.name!);
  }
  const results: RuleResult[] = [];
  for (const [parent, entry] of missing) {
    const parts = FIELDS.filter((f) => entry[f].length > 0).map((f) => `${f} (${list(entry[f])})`);
    results.push({ message: `Properties of ${describeSchema(parent)} lack ${parts.join(' and ')}.`, path: [...parent.at, 'properties'] });
  }
  return results;
});
