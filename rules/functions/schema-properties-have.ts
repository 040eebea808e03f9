import { getPath } from '../lib/json';
import { describeSchema, schemasOf, type SchemaNode, type TopSchema } from '../lib/schemas';
import { HTTP_METHODS, isInternal } from '../lib/swagger';
import { ruleFunction, type RuleResult } from './rule-function';

function underInternal(swagger: unknown, top: TopSchema): boolean {
  const at = top.at;
  if (at[0] !== 'paths') return false;
  if ((HTTP_METHODS as readonly unknown[]).includes(at[2]) && isInternal(getPath(swagger, at.slice(0, 3)))) return true;
  // A body parameter marked internal hides its whole schema.
  return top.kind === 'parameter' && isInternal(getPath(swagger, at.slice(0, -1)));
}

function list(names: string[]): string {
  // Written out: the rules list names for some 20,000 schemas over the corpus.
  let shown = `"${names[0]}"`;
  for (let i = 1; i < names.length && i < 5; i++) shown += `, "${names[i]}"`;
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** isNonEmptyString, answering the common case (a string starting with a visible ASCII character) without trimming. */
function hasText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== '';
}

/** One schema object whose properties lack fields: whether it is hidden, and the names lacking each field. */
interface Parent {
  hidden: boolean;
  summary: string[];
  description: string[];
}

/**
 * Reports schema objects whose visible properties lack a non-empty `x-ms-summary` or `description`, one finding per
 * schema object (at its `properties`), listing the property names. `use: 'output'` looks at response and notification
 * schemas; `use: 'input'` at request bodies not also used as output (those are reported once, as output).
 */
export const schemaPropertiesHave = ruleFunction<unknown, { use: 'input' | 'output' }>('schemaPropertiesHave', (swagger, { use }) => {
  // A property is hidden when it, an enclosing schema, its body parameter or its operation is internal. Whether the
  // enclosing schema is hidden is worked out once per schema (and per ancestor and top), not once per property.
  const parents = new Map<SchemaNode, Parent>();
  const hiddenNodes = new Map<SchemaNode, boolean>();
  const hiddenTops = new Map<TopSchema, boolean>();
  const hidden = (node: SchemaNode): boolean => {
    // Climb to the nearest schema whose answer is known (iteratively: schemas may nest deeply), then fill in the chain.
    const chain: SchemaNode[] = [];
    let known: boolean | undefined;
    for (let n: SchemaNode | undefined = node; n; n = n.parent) {
      known = hiddenNodes.get(n);
      if (known !== undefined) break;
      chain.push(n);
      if (isInternal(n.schema)) {
        known = true;
        break;
      }
    }
    if (known === undefined) {
      known = hiddenTops.get(node.top);
      if (known === undefined) hiddenTops.set(node.top, (known = underInternal(swagger, node.top)));
    }
    for (const n of chain) hiddenNodes.set(n, known);
    return known;
  };
  const output = use === 'output';
  // Siblings mostly follow each other (nodes come parents first, in document order): the last parent's entry is kept
  // at hand to spare a map look-up per property.
  let lastNode: SchemaNode | undefined;
  let last: Parent | undefined;
  for (const node of schemasOf(swagger)) {
    if (node.via !== 'properties' || !node.parent) continue;
    if (output ? !node.output : !node.input || node.output) continue;
    const noSummary = !hasText(node.schema['x-ms-summary']);
    const noDescription = !hasText(node.schema.description);
    if ((!noSummary && !noDescription) || isInternal(node.schema)) continue;
    let parent: Parent | undefined;
    if (node.parent === lastNode) parent = last!;
    else {
      parent = parents.get(node.parent);
      if (!parent) parents.set(node.parent, (parent = { hidden: hidden(node.parent), summary: [], description: [] }));
      lastNode = node.parent;
      last = parent;
    }
    if (parent.hidden) continue;
    if (noSummary) parent.summary.push(node.name!);
    if (noDescription) parent.description.push(node.name!);
  }
  const results: RuleResult[] = [];
  // In the order of each schema's first reported property (a hidden schema has none).
  for (const [node, parent] of parents) {
    if (parent.hidden) continue;
    const lack =
      parent.summary.length === 0
        ? `description (${list(parent.description)})`
        : parent.description.length === 0
          ? `x-ms-summary (${list(parent.summary)})`
          : `x-ms-summary (${list(parent.summary)}) and description (${list(parent.description)})`;
    const path = node.at.slice();
    path.push('properties');
    results.push({ message: `Properties of ${describeSchema(node)} lack ${lack}.`, path });
  }
  return results;
});
