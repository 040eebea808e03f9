import * as path from 'node:path';

/** A folder as shown to the user: relative to `cwd` with `/`, absolute when it is on another root. */
export function displayPath(cwd: string, dir: string): string {
  const relative = path.relative(cwd, dir);
  if (relative === '') return '.';
  if (path.isAbsolute(relative)) return dir.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
