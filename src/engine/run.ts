import * as os from 'node:os';
import * as path from 'node:path';
import { Catalog, CHANGE_RULES } from '../catalog';
import { PR_FILES_OUTSIDE_CONNECTORS, PR_ONE_CONNECTOR } from '../pull-request/rules';
import { Suppressions } from '../config/suppressions';
import type { Program } from '../model/program';
import { summarize, type Report } from '../model/report';
import { TOOL } from '../tool';
import { discoverConnectors } from './discover';
import { displayPath } from './display-path';
import { lintInWorkers, startWorker, type ProgressListener, type StartedWorker } from './pool';
import { inShard, type Shard } from './shard';

export interface RunOptions {
  program?: Program;
  only?: string[];
  cwd: string;
  /** Worker threads; default: one per core. */
  concurrency?: number;
  /** Per-connector time limit in milliseconds. */
  timeoutMs?: number;
  shard?: Shard;
  /** Use this configuration file for every connector instead of searching upward from each. */
  configFile?: string;
  /** Ignore configuration and ignore files. */
  noConfig?: boolean;
  /** Pull-request mode: lint only the connectors changed since the merge base of this ref, and check breaking changes. */
  changedSince?: string;
  onProgress?: ProgressListener;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Discovers the connectors named by `inputs`, keeps this shard's part, lints them in parallel, and applies each
 * connector's configuration and ignore file. A broken configuration stops the run before any linting.
 */
export async function runLint(inputs: string[], options: RunOptions): Promise<Report> {
  const early = [startWorker({ program: options.program, only: options.only, cwd: options.cwd })];
  try {
    return await lintWith(inputs, options, early);
  } finally {
    for (const unused of early) void unused.worker.terminate();
  }
}

async function lintWith(inputs: string[], options: RunOptions, early: StartedWorker[]): Promise<Report> {
  const discovered = await discoverConnectors(inputs, options.cwd);
  // Git and the breaking-change diff are loaded only in pull-request mode.
  const pullRequest =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    options.changedSince === undefined ? undefined : (require('../pull-request/pull-request') as typeof import('../pull-request/pull-request'));
  const pr = pullRequest?.changedSince(options.cwd, options.changedSince!);
  const dirs = discovered.filter(
    (dir) => (!pr || pr.dirs.has(path.resolve(dir))) && (!options.shard || inShard(displayPath(options.cwd, dir), options.shard)),
  );
  const suppressions = new Suppressions(new Catalog(), { configFile: options.configFile, noConfig: options.noConfig });
  suppressions.prepare(pr ? [...dirs, pr.changes.repoRoot] : dirs);
  const linted = await lintInWorkers(
    dirs,
    dirs.map((d) => displayPath(options.cwd, d)),
    {
      program: options.program,
      only: options.only,
      cwd: options.cwd,
      concurrency: options.concurrency ?? os.availableParallelism(),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      onProgress: options.onProgress,
    },
    early,
  );
  const withBreaking = pr ? pullRequest!.addBreakingChanges(linted, dirs, pr.changes) : linted;
  const connectors = withBreaking.map((report, i) => suppressions.apply(report, dirs[i]));
  // The pull-request scope entry goes to the first shard only, so merged shard reports hold it once.
  const scope = pr && (!options.shard || options.shard.index === 1) ? pullRequest!.pullRequestScope(pr.changes) : undefined;
  if (scope) connectors.push(suppressions.apply(scope, pr!.changes.repoRoot));
  // An entry for a rule that did not run (left out by --rule; breaking-change and pull-request rules outside
  // --changed-since; the pull-request scope rules in shards after the first) matched nothing because nothing looked:
  // it is not stale.
  const scopeRules = [PR_ONE_CONNECTOR.id, PR_FILES_OUTSIDE_CONNECTORS.id];
  const ran = (rule: string) =>
    (!options.only || options.only.includes(rule)) &&
    (pr !== undefined || !CHANGE_RULES.some((r) => r.id === rule)) &&
    (!scopeRules.includes(rule) || (pr !== undefined && (!options.shard || options.shard.index === 1)));
  const unusedIgnores = suppressions.unusedIgnores(options.cwd).filter((u) => ran(u.rule));
  return { tool: TOOL, summary: summarize(connectors), connectors, ...(unusedIgnores.length > 0 ? { unusedIgnores } : {}) };
}
