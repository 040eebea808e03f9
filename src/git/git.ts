import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The git plumbing of pull-request mode, through the git command line. Every call passes an argument array (no shell,
 * so no quoting of paths), reads NUL-separated (`-z`) output where git offers it, and only reads: nothing here writes
 * to the repository, its index or its working tree.
 */

/** A git command that failed, or a ref or repository that is not there. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly args: readonly string[] = [],
    readonly stderr = '',
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** Largest output read from one git command (a blob, a tree listing). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** A file changed between two versions; paths are relative to the repository root, with `/`. */
export interface ChangedFile {
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed';
  /** The path at head (for a deleted file, the path it had). */
  path: string;
  /** For renamed and copied files: the path at base. */
  oldPath?: string;
  /** For renamed and copied files: git's similarity score, 0 to 100 (100: same content). */
  similarity?: number;
}

interface RunOptions {
  /** Exit codes that are answers, not failures (e.g. 1 for "no merge base"). */
  okStatus?: number[];
}

/**
 * Runs git in `cwd` and returns its standard output. The environment pins what would otherwise change the output:
 * English messages, literal pathspecs (a file named `*.json` is that file), no optional index locks, no prompts.
 */
export function runGit(cwd: string, args: string[], options: RunOptions = {}): { stdout: Buffer; status: number } {
  try {
    const stdout = execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        LC_ALL: 'C',
        LANGUAGE: '',
        GIT_LITERAL_PATHSPECS: '1',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: MAX_OUTPUT_BYTES,
      windowsHide: true,
    });
    return { stdout, status: 0 };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null; stdout?: Buffer; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH.', args);
    if (e.code === 'ENOBUFS') throw new GitError(`git ${args[0]} printed more than ${MAX_OUTPUT_BYTES} bytes.`, args);
    const stderr = e.stderr?.toString('utf8').trim() ?? '';
    if (typeof e.status === 'number' && options.okStatus?.includes(e.status)) {
      return { stdout: e.stdout ?? Buffer.alloc(0), status: e.status };
    }
    throw new GitError(`git ${args[0]} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`, args, stderr, e.status ?? null);
  }
}

/** Output fields split at NUL, without the empty field after the last terminator. */
export function splitNul(output: Buffer | string): string[] {
  const text = typeof output === 'string' ? output : output.toString('utf8');
  if (text === '') return [];
  const fields = text.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** The root of the working tree that holds `cwd` (absolute, as git reports it). */
export function repoRoot(cwd: string): string {
  let stdout: Buffer;
  try {
    stdout = runGit(cwd, ['rev-parse', '--show-toplevel']).stdout;
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.stderr)) {
      throw new GitError(`"${cwd}" is not inside a git repository.`, error.args, error.stderr, error.status);
    }
    throw error;
  }
  // The path ends with one newline (a path may itself end in spaces, so only that is removed).
  const root = stdout.toString('utf8').replace(/\r?\n$/, '');
  if (root === '') throw new GitError(`"${cwd}" is not inside a git working tree.`);
  return path.resolve(root);
}

/** The commit a ref names (a branch, tag, remote branch or SHA), as a full SHA. */
export function resolveCommit(repo: string, ref: string): string {
  checkRef(ref);
  const { stdout, status } = runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okStatus: [1, 128] });
  const sha = stdout.toString('utf8').trim();
  if (status !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
    throw new GitError(`"${ref}" is not a commit in this repository; fetch it first (in GitHub Actions, check out with fetch-depth: 0).`);
  }
  return sha;
}

/** The best common ancestor of `ref` and `head` (default HEAD): where a pull request branched off. */
export function mergeBase(repo: string, ref: string, head = 'HEAD'): string {
  const base = resolveCommit(repo, ref);
  const tip = resolveCommit(repo, head);
  const { stdout, status } = runGit(repo, ['merge-base', base, tip], { okStatus: [1] });
  const sha = stdout.toString('utf8').trim();
  if (status !== 0 || sha === '') {
    throw new GitError(`"${ref}" and ${head} have no common ancestor here; the clone may be shallow (fetch more history, e.g. fetch-depth: 0).`);
  }
  return sha;
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  D: 'deleted',
  T: 'type-changed',
};

/**
 * Files that differ between `base` (a commit) and `head`: a commit, or, when `head` is undefined, the working tree
 * including untracked files that are not ignored (what `lint` reads from disk). Renames are detected and carry both
 * names.
 */
export function changedFiles(repo: string, base: string, head?: string): ChangedFile[] {
  const from = resolveCommit(repo, base);
  const to = head === undefined ? undefined : resolveCommit(repo, head);
  const args = ['diff', '--name-status', '-z', '--find-renames', '--no-color', '--no-ext-diff', '--no-relative', '--diff-filter=ACDMRT', from];
  if (to) args.push(to);
  args.push('--');
  const changes = parseNameStatus(runGit(repo, args).stdout);
  if (to === undefined) {
    const known = new Set(changes.map((c) => c.path));
    const untracked = splitNul(runGit(repo, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name']).stdout);
    for (const file of untracked) if (!known.has(file)) changes.push({ status: 'added', path: file });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Parses `git diff --name-status -z`: `X\0path\0`, or `R100\0old\0new\0` for renames and copies. */
export function parseNameStatus(output: Buffer | string): ChangedFile[] {
  const fields = splitNul(output);
  const result: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    const status = STATUS[code.charAt(0)];
    if (!status) throw new GitError(`Unexpected git diff status "${code}".`);
    if (status === 'renamed' || status === 'copied') {
      const oldPath = fields[i++];
      const newPath = fields[i++];
      if (oldPath === undefined || newPath === undefined) throw new GitError('Truncated git diff output.');
      const similarity = Number(code.slice(1));
      result.push({ status, path: newPath, oldPath, ...(Number.isFinite(similarity) && code.length > 1 ? { similarity } : {}) });
    } else {
      const file = fields[i++];
      if (file === undefined) throw new GitError('Truncated git diff output.');
      result.push({ status, path: file });
    }
  }
  return result;
}

/** Every file (blob or link) of the tree of `ref`, with paths relative to the repository root. */
export function listFilesAt(repo: string, ref: string): string[] {
  const commit = resolveCommit(repo, ref);
  return splitNul(runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]).stdout);
}

/**
 * The bytes of `file` (relative to the repository root, with `/`) as committed at `ref`; undefined when there is no
 * such file there (absent, a folder, a submodule).
 */
export function readFileAt(repo: string, ref: string, file: string): Buffer | undefined {
  const relative = normalizeRepoPath(file);
  const commit = resolveCommit(repo, ref);
  // ls-tree answers "is it there, and is it a file" without an error to interpret; cat-file then reads the raw blob.
  const entries = splitNul(runGit(repo, ['ls-tree', '-z', '--full-tree', commit, '--', relative]).stdout);
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    if (tab < 0 || entry.slice(tab + 1) !== relative) continue;
    const [mode, type, object] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000' || !/^[0-9a-f]{40,64}$/.test(object ?? '')) return undefined;
    return runGit(repo, ['cat-file', 'blob', object]).stdout;
  }
  return undefined;
}

/** A repository-relative path with `/`, no leading `./`, never absolute and never leaving the repository. */
export function normalizeRepoPath(file: string): string {
  const posix = file.split(path.sep).join('/').replace(/^(\.\/)+/, '');
  const normalized = path.posix.normalize(posix);
  if (normalized === '.' || normalized === '' || path.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../')) {
    throw new GitError(`"${file}" is not a path inside the repository.`);
  }
  return normalized.replace(/\/$/, '');
}

function checkRef(ref: string): void {
  // A ref that starts with "-" would be read as an option; git refuses such names anyway.
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new GitError(`"${ref}" is not a valid git ref.`);
}
