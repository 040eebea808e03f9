import * as os from 'node:os';
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
  onProgress?: (done: number, total: number, report: ConnectorReport) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/** Discovers the connectors named by `inputs`, keeps this shard's part, and lints them in parallel. */
export async function runLint(inputs: string[], options: RunOptions): Promise<Report> {
  const discovered = await discoverConnectors(inputs, options.cwd);
  const dirs = discovered.filter((dir) => !options.shard || inShard(displayPath(options.cwd, dir), options.shard));
  const connectors = await lintInWorkers(
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
  return { tool: TOOL, summary: summarize(connectors), connectors };
}
