import * as os from 'node:os';
import { Catalog } from '../catalog';
import { Suppressions } from '../config/suppressions';
import type { Program } from '../model/program';
import { summarize, type ConnectorReport, type Report } from '../model/report';
import { TOOL } from '../tool';
import { discoverConnectors } from './discover';
import { displayPath } from './lint';
import { lintInWorkers } from './pool';
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
  onProgress?: (done: number, total: number, report: ConnectorReport) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Discovers the connectors named by `inputs`, keeps this shard's part, lints them in parallel, and applies each
 * connector's configuration and ignore file. A broken configuration stops the run before any linting.
 */
export async function runLint(inputs: string[], options: RunOptions): Promise<Report> {
  const discovered = await discoverConnectors(inputs, options.cwd);
  const dirs = discovered.filter((dir) => !options.shard || inShard(displayPath(options.cwd, dir), options.shard));
  const suppressions = new Suppressions(new Catalog(), { configFile: options.configFile, noConfig: options.noConfig });
  suppressions.prepare(dirs);
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
  );
  const connectors = linted.map((report, i) => suppressions.apply(report, dirs[i]));
  const unusedIgnores = suppressions.unusedIgnores();
  return { tool: TOOL, summary: summarize(connectors), connectors, ...(unusedIgnores.length > 0 ? { unusedIgnores } : {}) };
}
