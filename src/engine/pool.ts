import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ConnectorReport } from '../model/report';
import { LINT_TIMEOUT } from './lint-timeout';
import { INTERNAL_ERROR } from './internal-error';
import type { WorkerOptions, WorkerResponse } from './worker';

export type ProgressListener = (done: number, total: number, report: ConnectorReport, ms?: number) => void;

export interface PoolOptions extends WorkerOptions {
  concurrency: number;
  /** A connector whose lint takes longer is stopped and reported (its worker is replaced). */
  timeoutMs: number;
  /** Called after each connector, in completion order, with the time its lint took (undefined when stopped). */
  onProgress?: ProgressListener;
}

/**
 * From dist, workers run the compiled worker.js. Under tsx (tests, development) module hooks do not reach worker
 * threads, so the worker registers tsx's CommonJS hook itself before loading the TypeScript source.
 */
function workerScript(): { source: string; eval: boolean } {
  if (!__filename.endsWith('.ts')) return { source: path.join(__dirname, 'worker.js'), eval: false };
  const file = JSON.stringify(path.join(__dirname, 'worker.ts'));
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'));
  return { source: `require(${tsx}).register(); require(${file});`, eval: true };
}

let tuned = false;

/**
 * Makes V8 wait longer before optimizing a function: 8x the default interrupt budget of Node 20's V8 (67584). The flag
 * is process-wide and stays set: the workers get it, and so does code that runs later on the main thread, also in a
 * program that uses this module as a library (a budget only delays optimization, it never changes a result). Why: a
 * lint runs some 300 rule functions a few hundred times each, and with the default budget V8 re-compiles over a
 * thousand of them per worker with its optimizing compiler, on background threads that compete with the workers for
 * the cores. Measured on Node 20 over ../shared/corpus on 2 cores: the run with every rule about 25% faster, with
 * fewer rules less; code that stays hot (parsers, large documents) is still optimized, a little later. Not measured
 * on other Node versions (the GitHub Action runs Node 24), where the default budget may differ.
 */
function tuneTierUp(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString('--interrupt-budget=540672');
}

/** A worker started before the connectors are known; `failed` is set if it died before it got work. */
export interface StartedWorker {
  worker: Worker;
  failed: boolean;
}

/**
 * Starts a worker thread. Started early (before discovery and configuration), its start-up, which loads the rules and
 * builds the rule sets, overlaps the main thread's own work.
 */
export function startWorker(workerData: WorkerOptions): StartedWorker {
  tuneTierUp();
  const script = workerScript();
  const worker = new Worker(script.source, { eval: script.eval, workerData, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  const started: StartedWorker = { worker, failed: false };
  worker.once('error', () => (started.failed = true));
  return started;
}

/**
 * Lints connector folders on worker threads. Reports come back in the order of `dirs`, whatever the completion
 * order, so the result does not depend on the concurrency. A connector that overruns the time limit or kills its
 * worker (out of memory) gets a finding instead of a report, and the run goes on with a fresh worker.
 */
export async function lintInWorkers(
  dirs: string[],
  displayPaths: string[],
  options: PoolOptions,
  started: StartedWorker[] = [],
): Promise<ConnectorReport[]> {
  const results: ConnectorReport[] = new Array(dirs.length);
  const workerData: WorkerOptions = { program: options.program, only: options.only, cwd: options.cwd };
  let next = 0;
  let done = 0;

  const runOne = (): Promise<void> =>
    new Promise((resolve) => {
      let worker = spawn(started.pop());
      let current = -1;
      let timer: NodeJS.Timeout | undefined;

      function spawn(early?: StartedWorker): Worker {
        const w = early && !early.failed ? early.worker : startWorker(workerData).worker;
        if (early?.failed) void early.worker.terminate();
        w.on('message', (message: WorkerResponse) => finish(message.id, message.report as ConnectorReport | undefined, message.error, message.ms));
        w.on('error', (error) => failCurrent(`the lint stopped: ${error.message}`));
        w.unref();
        return w;
      }

      function dispatch(): void {
        if (next >= dirs.length) {
          void worker.terminate();
          resolve();
          return;
        }
        current = next++;
        const id = current;
        timer = setTimeout(() => failCurrent(`linting took longer than ${options.timeoutMs / 1000} s`, true), options.timeoutMs);
        worker.postMessage({ id, dir: dirs[id] });
      }

      function finish(id: number, report: ConnectorReport | undefined, error?: string, ms?: number): void {
        if (id !== current) return;
        clearTimeout(timer);
        results[id] = report ?? failedReport(id, INTERNAL_ERROR.id, `connector-precheck failed on this connector: ${error}`, INTERNAL_ERROR.fix);
        current = -1;
        done++;
        options.onProgress?.(done, dirs.length, results[id], ms);
        dispatch();
      }

      function failCurrent(reason: string, timeout = false): void {
        if (current < 0) return;
        const id = current;
        clearTimeout(timer);
        current = -1;
        void worker.terminate();
        worker = spawn();
        results[id] = timeout
          ? failedReport(id, LINT_TIMEOUT.id, `Linting this connector was stopped: ${reason}.`, LINT_TIMEOUT.fix)
          : failedReport(id, INTERNAL_ERROR.id, `Linting this connector failed: ${reason}.`, INTERNAL_ERROR.fix);
        done++;
        options.onProgress?.(done, dirs.length, results[id]);
        dispatch();
      }

      dispatch();
    });

  function failedReport(id: number, rule: string, message: string, fix: string): ConnectorReport {
    return {
      path: displayPaths[id],
      title: path.basename(dirs[id]),
      program: options.program ?? 'unknown',
      passed: false,
      findings: [{ rule, severity: 'error', file: '.', message, fix }],
    };
  }

  const workers = Math.max(1, Math.min(options.concurrency, dirs.length));
  for (const extra of started.splice(workers)) void extra.worker.terminate();
  await Promise.all(Array.from({ length: workers }, runOne));
  return results;
}
