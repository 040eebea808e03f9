import { parseWithPointers } from '@stoplight/json';
import { Json } from '@stoplight/spectral-parsers';

/**
 * The JSON parser behind every Spectral `Document` we build: Spectral's own, with two changes that matter on large
 * connectors.
 * - Plain objects. Spectral's keeps the written order of integer-like keys ("404" before "200") by wrapping every object
 *   in a Proxy, which makes every property read of every rule several times slower; here such keys enumerate in
 *   JavaScript order (ascending, before the others). Findings are sorted by position, so reports do not depend on it.
 * - Indexed look-ups. Finding the position of a path scans each object's members in turn; a `definitions` or `paths`
 *   object with hundreds of members, looked up for thousands of findings, made that quadratic. Members of large objects
 *   are indexed by key on first look-up instead. Keys are compared as written, so "007" is not taken for "7".
 */
export const PlainJson: typeof Json = {
  ...Json,
  parse: (text: string) => parseWithPointers(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false }),
  getLocationForJsonPath: (parsed, path, closest = false) => {
    const node = nodeAtPath(parsed.ast as AstNode | undefined, path, closest);
    return node?.range ? { range: node.range } : undefined;
  },
};

interface AstNode {
  type: 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';
  value?: unknown;
  children?: AstNode[];
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Objects with more members than this get a key index on first look-up. */
const INDEX_FROM = 8;
const memberIndexes = new WeakMap<AstNode, Map<string, AstNode>>();

function member(object: AstNode, key: string): AstNode | undefined {
  const members = object.children!;
  if (members.length <= INDEX_FROM) {
    for (const p of members) if (isComplete(p) && p.children![0].value === key) return p.children![1];
    return undefined;
  }
  let index = memberIndexes.get(object);
  if (!index) {
    index = new Map();
    // The first complete member of a duplicated key wins, as in a scan.
    for (const p of members) if (isComplete(p) && !index.has(String(p.children![0].value))) index.set(String(p.children![0].value), p.children![1]);
    memberIndexes.set(object, index);
  }
  return index.get(key);
}

/** A property node with both its key and its value (broken JSON can leave the value out). */
function isComplete(p: AstNode): boolean {
  return Array.isArray(p.children) && p.children.length === 2;
}

/** The node at `path`; with `closest`, the deepest node on the way when the path leaves the document. */
function nodeAtPath(root: AstNode | undefined, path: ReadonlyArray<string | number>, closest: boolean): AstNode | undefined {
  let node = root;
  if (!node) return undefined;
  for (const segment of path) {
    let next: AstNode | undefined;
    if (node.type === 'object' && Array.isArray(node.children)) next = member(node, String(segment));
    else if (node.type === 'array' && Array.isArray(node.children)) {
      const index = arrayIndex(segment);
      if (index !== undefined) next = node.children[index];
    }
    if (!next) return closest ? node : undefined;
    node = next;
  }
  return node;
}

/** The array index a path segment names (a number, or digits as written without leading zeros); undefined for any other. */
function arrayIndex(segment: string | number): number | undefined {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}
