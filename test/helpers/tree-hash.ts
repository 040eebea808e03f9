import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A hash of every file's path and bytes below `root` (links not followed): any change to the tree changes it. */
export function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      hash.update(path.relative(root, full) + '\0');
      if (entry.isSymbolicLink()) hash.update('link:' + fs.readlinkSync(full));
      else if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stat = fs.statSync(full);
        hash.update(`${stat.mode}:`);
        try {
          hash.update(fs.readFileSync(full));
        } catch {
          hash.update('unreadable');
        }
      }
    }
  };
  walk(root);
  return hash.digest('hex');
}
