import { isObject, type JsonObject } from './json';

export type JsonPath = Array<string | number>;

interface IndexedNode {
  node: JsonObject;
  parent: number;
  key: string | number;
}

/** Every object in a document, found in one walk and shared by all rules (memoized per document). */
class DocumentIndex {
  private readonly nodes: IndexedNode[] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(root: unknown) {
    if (!isObject(root) && !Array.isArray(root)) return;
    // Iterative walk: documents may be deeply nested.
    const stack: Array<{ value: unknown; parent: number; key: string | number }> = [{ value: root, parent: -1, key: '' }];
    while (stack.length > 0) {
      const { value, parent, key } = stack.pop()!;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: this.arrayParent(parent, key), key: i });
        continue;
      }
      if (!isObject(value)) continue;
      const index = this.nodes.length;
      this.nodes.push({ node: value, parent, key });
      const keys = Object.keys(value);
      for (const k of keys) {
        let list = this.byKey.get(k);
        if (!list) this.byKey.set(k, (list = []));
        list.push(index);
      }
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: value[keys[i]], parent: index, key: keys[i] });
    }
  }

  /** Arrays are not indexed themselves; their items record the array's key through a synthetic hop. */
  private arrayParent(parent: number, key: string | number): number {
    this.nodes.push({ node: {} as JsonObject, parent, key });
    return this.nodes.length - 1;
  }

  pathOf(index: number): JsonPath {
    const path: JsonPath = [];
    // The root (parent -1) contributes no segment.
    for (let i = index; this.nodes[i].parent !== -1; i = this.nodes[i].parent) path.push(this.nodes[i].key);
    return path.reverse();
  }

  withKey(key: string): Array<{ node: JsonObject; at: JsonPath }> {
    return (this.byKey.get(key) ?? []).map((i) => ({ node: this.nodes[i].node, at: this.pathOf(i) }));
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

const cache = new WeakMap<object, DocumentIndex>();

function indexOf(root: unknown): DocumentIndex {
  if (!isObject(root)) return new DocumentIndex(undefined);
  let index = cache.get(root);
  if (!index) cache.set(root, (index = new DocumentIndex(root)));
  return index;
}

/** Every object in the document that has the key `key` (e.g. "x-ms-dynamic-values", "$ref", "enum"), with its path. */
export function nodesWithKey(root: unknown, key: string): Array<{ node: JsonObject; at: JsonPath }> {
  return indexOf(root).withKey(key);
}

/** Every distinct property name used anywhere in the document. */
export function allKeys(root: unknown): string[] {
  return [...indexOf(root).keys()];
}
