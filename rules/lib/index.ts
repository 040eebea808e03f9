import { isObject, type JsonObject } from './json';

export type JsonPath = Array<string | number>;

export interface KeyedNode {
  readonly node: JsonObject;
  /** Its path, built on first read (a rule that filters by value first never pays for the others). */
  readonly at: JsonPath;
  /**
   * `step` folded over its path from the root, starting from `initial`: what `at.reduce(step, initial)` gives, without
   * building the path. Memoized per step function for every object of the document.
   */
  fold<S>(step: (state: S, segment: string | number) => S, initial: S): S;
}

class IndexedObject implements KeyedNode {
  constructor(
    private readonly index: DocumentIndex,
    private readonly position: number,
    readonly node: JsonObject,
  ) {}

  get at(): JsonPath {
    return this.index.pathOf(this.position);
  }

  fold<S>(step: (state: S, segment: string | number) => S, initial: S): S {
    return this.index.fold(this.position, step, initial);
  }
}

type Step = (state: never, segment: string | number) => unknown;

/**
 * Every object in a document by the keys it holds, found in one walk and shared by all rules (memoized per document).
 * Paths are built only for the objects a rule asks about, each once; results are shared, so callers must not change them.
 *
 * The walk visits every key of large documents, and what it keeps lives as long as the document: it is kept in a few
 * flat arrays (numbers in typed arrays, which the garbage collector never scans) rather than a list per key.
 */
class DocumentIndex {
  /** Per indexed object (position in document order): the object, its parent's position (-1 for the root), its key. */
  private readonly objects: JsonObject[] = [];
  private parents = new Int32Array(1024);
  private readonly keysInParent: Array<string | number> = [];
  private readonly paths = new Map<number, JsonPath>();
  /** Key name -> key id, in order of first appearance. */
  private readonly keyIds = new Map<string, number>();
  /** The positions of the objects holding key id k: `holders[starts[k]]` up to `holders[starts[k + 1]]`, in order. */
  private starts = new Int32Array(1);
  private holders = new Int32Array(0);
  private readonly found = new Map<string, KeyedNode[]>();

  constructor(root: unknown) {
    if (!isObject(root) && !Array.isArray(root)) return;
    // Every (key id, object position) pair as met, grouped by key id below (a counting sort keeps document order).
    let pairs = new Int32Array(4096);
    let pairCount = 0;
    // Iterative walk (documents may nest deeply); only containers go on the stack.
    const values: unknown[] = [root];
    const parents: number[] = [-1];
    const keys: Array<string | number> = [''];
    while (values.length > 0) {
      const value = values.pop();
      const parent = parents.pop()!;
      const key = keys.pop()!;
      // Arrays are not indexed themselves; a synthetic entry carries their key for their items' paths.
      const index = this.add(Array.isArray(value) ? EMPTY : (value as JsonObject), parent, key);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const item = value[i];
          if (item !== null && typeof item === 'object') values.push(item), parents.push(index), keys.push(i);
        }
        continue;
      }
      const names = Object.keys(value as JsonObject);
      if (pairCount + 2 * names.length > pairs.length) pairs = grow(pairs, pairCount + 2 * names.length);
      for (let i = 0; i < names.length; i++) {
        let id = this.keyIds.get(names[i]);
        if (id === undefined) this.keyIds.set(names[i], (id = this.keyIds.size));
        pairs[pairCount++] = id;
        pairs[pairCount++] = index;
      }
      for (let i = names.length - 1; i >= 0; i--) {
        const child = (value as JsonObject)[names[i]];
        if (child !== null && typeof child === 'object') values.push(child), parents.push(index), keys.push(names[i]);
      }
    }
    const starts = new Int32Array(this.keyIds.size + 1);
    for (let p = 0; p < pairCount; p += 2) starts[pairs[p] + 1]++;
    for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
    const holders = new Int32Array(pairCount / 2);
    const next = starts.slice(0, -1);
    for (let p = 0; p < pairCount; p += 2) holders[next[pairs[p]]++] = pairs[p + 1];
    this.starts = starts;
    this.holders = holders;
  }

  private add(node: JsonObject, parent: number, key: string | number): number {
    const index = this.objects.length;
    if (index === this.parents.length) this.parents = grow(this.parents, index + 1);
    this.objects.push(node);
    this.parents[index] = parent;
    this.keysInParent.push(key);
    return index;
  }

  pathOf(index: number): JsonPath {
    let path = this.paths.get(index);
    if (!path) {
      const parent = this.parents[index];
      path = parent === -1 ? [] : [...this.pathOf(parent), this.keysInParent[index]];
      this.paths.set(index, path);
    }
    return path;
  }

  private readonly folds = new Map<Step, unknown[]>();

  fold<S>(index: number, step: (state: S, segment: string | number) => S, initial: S): S {
    let memo = this.folds.get(step as Step) as Array<S | undefined> | undefined;
    // Sized up front: filling a growing empty array at scattered positions would make it a slow sparse one.
    if (!memo) this.folds.set(step as Step, (memo = new Array<S | undefined>(this.objects.length).fill(undefined)));
    // Climb to the nearest object whose state is known (or the root), then fold back down, remembering each state.
    const chain: number[] = [];
    let i = index;
    while (i !== -1 && memo[i] === undefined) {
      chain.push(i);
      i = this.parents[i];
    }
    let state = i === -1 ? initial : memo[i]!;
    for (let k = chain.length - 1; k >= 0; k--) {
      const j = chain[k];
      if (this.parents[j] !== -1) state = step(state, this.keysInParent[j]);
      memo[j] = state;
    }
    return state;
  }

  withKey(key: string): readonly KeyedNode[] {
    let list = this.found.get(key);
    if (!list) {
      list = [];
      const id = this.keyIds.get(key);
      if (id !== undefined) {
        for (let p = this.starts[id]; p < this.starts[id + 1]; p++) {
          const i = this.holders[p];
          list.push(new IndexedObject(this, i, this.objects[i]));
        }
      }
      this.found.set(key, list);
    }
    return list;
  }

  keys(): IterableIterator<string> {
    return this.keyIds.keys();
  }
}

/** A copy of `array` with room for at least `size` entries. */
function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

const EMPTY: JsonObject = Object.freeze({}) as JsonObject;

const cache = new WeakMap<object, DocumentIndex>();

function indexOf(root: unknown): DocumentIndex {
  if (!isObject(root)) return new DocumentIndex(undefined);
  let index = cache.get(root);
  if (!index) cache.set(root, (index = new DocumentIndex(root)));
  return index;
}

/** Every object in the document that has the key `key` (e.g. "x-ms-dynamic-values", "$ref", "enum"), with its path. */
export function nodesWithKey(root: unknown, key: string): readonly KeyedNode[] {
  return indexOf(root).withKey(key);
}

/** Every distinct property name used anywhere in the document. */
export function allKeys(root: unknown): string[] {
  return [...indexOf(root).keys()];
}
