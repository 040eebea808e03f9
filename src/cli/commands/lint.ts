import { Catalog } from '../../catalog';
import { MissingInputError } from '../../engine/discover';
import { GitError } from '../../git';
import { runLint } from '../../engine/run';
import { parseShard } from '../../engine/shard';
import type { Program } from '../../model/program';
import { EXIT, UsageError } from '../exit';
import { parseMaxProblems, writeOutputs, type OutputTarget } from '../outputs';
import { terminalProgress } from '../progress';

export interface LintCommandOptions {
  /** Formats and where each goes (from -f/--format and -o/--output, see pairOutputs). */
  outputs: OutputTarget[];
  program?: Program;
  rule?: string[];
  concurrency?: string;
  timeout?: string;
  shard?: string;
  config?: string | false;
  changedSince?: string;
  /** At most this many findings per connector in stylish, markdown and html (never changes the exit code). */
  maxProblems?: string;
  /** Errors only in the formats people read (never changes the exit code). */
  quiet?: boolean;
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
  const maxProblems = parseMaxProblems(options.maxProblems);
  let report;
  try {
    report = await runLint(paths, {
      cwd: process.cwd(),
      program: options.program,
      only: options.rule,
      concurrency,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      shard,
      configFile: typeof options.config === 'string' ? options.config : undefined,
      noConfig: options.config === false,
      changedSince: options.changedSince,
      onProgress: terminalProgress(),
    });
  } catch (error) {
    if (error instanceof MissingInputError || error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  writeOutputs(report, options.outputs, { catalog, cwd: process.cwd(), maxProblems, quiet: options.quiet });
  return report.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number of at least 1, not "${value}".`);
  return n;
}
