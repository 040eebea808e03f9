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
 */
class DocumentIndex {
  /** Per indexed object: the object, its parent's index (-1 for the root) and its key in the parent. */
  private readonly objects: JsonObject[] = [];
  private readonly parents: number[] = [];
  private readonly keysInParent: Array<string | number> = [];
  private readonly paths: Array<JsonPath | undefined> = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly found = new Map<string, KeyedNode[]>();

  constructor(root: unknown) {
    if (!isObject(root) && !Array.isArray(root)) return;
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
      for (const name of names) {
        const list = this.byKey.get(name);
        if (list) list.push(index);
        else this.byKey.set(name, [index]);
      }
      for (let i = names.length - 1; i >= 0; i--) {
        const child = (value as JsonObject)[names[i]];
        if (child !== null && typeof child === 'object') values.push(child), parents.push(index), keys.push(names[i]);
      }
    }
  }

  private add(node: JsonObject, parent: number, key: string | number): number {
    this.objects.push(node);
    this.parents.push(parent);
    this.keysInParent.push(key);
    this.paths.push(undefined);
    return this.objects.length - 1;
  }

  pathOf(index: number): JsonPath {
    let path = this.paths[index];
    if (!path) {
      const parent = this.parents[index];
      path = parent === -1 ? [] : [...this.pathOf(parent), this.keysInParent[index]];
      this.paths[index] = path;
    }
    return path;
  }

  private readonly folds = new Map<Step, unknown[]>();

  fold<S>(index: number, step: (state: S, segment: string | number) => S, initial: S): S {
    let memo = this.folds.get(step as Step) as Array<S | undefined> | undefined;
    if (!memo) this.folds.set(step as Step, (memo = []));
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
      list = (this.byKey.get(key) ?? []).map((i) => new IndexedObject(this, i, this.objects[i]));
      this.found.set(key, list);
    }
    return list;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
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
