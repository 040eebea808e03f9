/** A stable part of a list of connectors: `index` (1-based) of `count`, chosen by a hash of each connector's path. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 <= i <= n); returns undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * True when the connector at `path` belongs to the shard. Hashing the path (not the position in the list) keeps a
 * connector in the same shard when others are added or removed, so matrix jobs stay comparable between runs.
 */
export function inShard(path: string, shard: Shard): boolean {
  return fnv1a(path) % shard.count === shard.index - 1;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
