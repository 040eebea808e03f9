import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The nearest of `names` in `dir` or a folder above it, stopping at the repository root (a folder holding .git) or
 * the file-system root. Results are cached per folder for the run.
 */
export function findUpward(dir: string, names: readonly string[], cache: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let current = path.resolve(dir);
  let found: string | undefined;
  for (;;) {
    if (cache.has(current)) {
      found = cache.get(current);
      break;
    }
    visited.push(current);
    const hit = names.map((n) => path.join(current, n)).find((f) => isFile(f));
    if (hit) {
      found = hit;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current || fs.existsSync(path.join(current, '.git'))) break;
    current = parent;
  }
  for (const v of visited) cache.set(v, found);
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
