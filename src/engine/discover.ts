import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, hasMagic } from 'glob';

/** A user input that names nothing on disk. */
export class MissingInputError extends Error {}

const CONNECTOR_FILE = /^(apidefinition\.swagger\.json|apiproperties\.json|.+\.swagger\.json)$/i;

/** True when the folder directly holds a connector definition file. */
export function isConnectorFolder(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).some((d) => !d.isDirectory() && CONNECTOR_FILE.test(d.name));
  } catch {
    return false;
  }
}

/**
 * Resolves folders, files and globs to connector folders (absolute, sorted, unique). A folder holding a connector
 * definition is a connector; any other folder is searched below, skipping node_modules and dot-folders. A folder named
 * explicitly with no connector below it is linted as a connector itself, so its missing files get reported.
 */
export async function discoverConnectors(inputs: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const targets = hasMagic(input, { windowsPathsNoEscape: true })
      ? await glob(input, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'] })
      : [path.resolve(cwd, input)];
    if (targets.length === 0) throw new MissingInputError(`No file or folder matches "${input}".`);
    for (const target of targets) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(target);
      } catch {
        throw new MissingInputError(`"${input}" does not exist.`);
      }
      const dir = stat.isDirectory() ? target : path.dirname(target);
      const below = isConnectorFolder(dir) ? [dir] : searchBelow(dir);
      for (const connector of below.length > 0 ? below : [dir]) found.add(connector);
    }
  }
  return [...found].sort();
}

function searchBelow(root: string): string[] {
  const result: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of dirents) {
      // Links are not followed: a link loop or a link out of the tree must not widen the search.
      if (!d.isDirectory() || d.name.startsWith('.') || d.name === 'node_modules') continue;
      const child = path.join(dir, d.name);
      if (isConnectorFolder(child)) result.push(child);
      else pending.push(child);
    }
  }
  return result;
}
