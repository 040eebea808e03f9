import { parentPort, workerData } from 'node:worker_threads';
import type { Program } from '../model/program';
import { Linter } from './lint';

/** Options a pool worker needs to build its Linter (plain data: it crosses the thread boundary). */
export interface WorkerOptions {
  program?: Program;
  only?: string[];
  cwd: string;
}

export type WorkerRequest = { id: number; dir: string };
/** `ms`: time spent linting the connector inside the worker (for the benchmark). */
export type WorkerResponse = { id: number; report?: unknown; error?: string; ms?: number };

// Each worker builds its rule sets once and lints the connectors it is sent, one at a time.
if (parentPort) {
  const options = workerData as WorkerOptions;
  const linter = new Linter({ program: options.program, only: options.only ? new Set(options.only) : undefined, cwd: options.cwd });
  // Build the rule sets now, while the main thread is still finding the connectors.
  linter.warmUp();
  const port = parentPort;
  port.on('message', async ({ id, dir }: WorkerRequest) => {
    const started = performance.now();
    try {
      const report = await linter.lintConnector(dir);
      port.postMessage({ id, report, ms: performance.now() - started } satisfies WorkerResponse);
    } catch (error) {
      port.postMessage({ id, error: (error as Error)?.stack ?? String(error) } satisfies WorkerResponse);
    }
  });
}
