import { Catalog } from '../../catalog';
import { MissingInputError } from '../../engine/discover';
import { runLint } from '../../engine/run';
import { parseShard } from '../../engine/shard';
import type { Program } from '../../model/program';
import { REPORTERS } from '../../reporters';
import { EXIT, UsageError } from '../exit';
import { terminalProgress } from '../progress';

export interface LintCommandOptions {
  format: string;
  program?: Program;
  rule?: string[];
  concurrency?: string;
  timeout?: string;
  shard?: string;
}

export async function lintCommand(paths: string[], options: LintCommandOptions): Promise<number> {
  const catalog = new Catalog();
  for (const id of options.rule ?? []) {
    if (!catalog.get(id)) throw new UsageError(`Unknown rule "${id}". Run "connector-precheck rules" to list them.`);
  }
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.shard !== undefined && !shard) throw new UsageError(`--shard must look like "2/5" (part 2 of 5), not "${options.shard}".`);
  const concurrency = positiveInteger(options.concurrency, '--concurrency');
  const timeout = positiveInteger(options.timeout, '--timeout');
  let report;
  try {
    report = await runLint(paths, {
      cwd: process.cwd(),
      program: options.program,
      only: options.rule,
      concurrency,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      shard,
      onProgress: terminalProgress(),
    });
  } catch (error) {
    if (error instanceof MissingInputError) throw new UsageError(error.message);
    throw error;
  }
  const reporter = REPORTERS[options.format];
  const color = options.format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(reporter(report, { catalog, color }));
  return report.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number of at least 1, not "${value}".`);
  return n;
}
