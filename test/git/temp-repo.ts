import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Variables that would point git at another repository than the one in the temporary folder. */
const REPO_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES'];

/**
 * Removes the git variables that point at a repository from this process, so that both the test's own git commands
 * and the code under test only ever see the temporary repository. Returns a function that restores them.
 */
export function isolateFromOuterRepository(): () => void {
  const saved = new Map<string, string | undefined>();
  for (const name of REPO_VARIABLES) {
    saved.set(name, process.env[name]);
    delete process.env[name];
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** A throw-away git repository under os.tmpdir(), with no global or system configuration. */
export class TempRepo {
  readonly root: string;

  constructor() {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-git-')));
    this.git('init', '--quiet', '--initial-branch=main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'core.autocrlf', 'false');
  }

  git(...args: string[]): string {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, LC_ALL: 'C' };
    for (const name of REPO_VARIABLES) delete env[name];
    return execFileSync('git', args, { cwd: this.root, env, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
  }

  write(file: string, content: string | Buffer): void {
    const full = path.join(this.root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }

  remove(file: string): void {
    fs.rmSync(path.join(this.root, file), { recursive: true, force: true });
  }

  commit(message: string): string {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--no-verify', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
