import { InvalidArgumentError, Option } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog } from '../catalog';
import type { Report } from '../model/report';
import { REPORTERS } from '../reporters';
import type { DisplayOptions } from '../reporters/types';
import { UsageError } from './exit';

/** One `-f/--format` or `-o/--output` on the command line, in the order given. */
export type OutputArg = { format: string } | { file: string };

/** One output of a run: a format, written to a file or (without one) to standard output. */
export interface OutputTarget {
  format: string;
  file?: string;
}

export const DEFAULT_FORMAT = 'stylish';

/**
 * The repeatable `-f/--format` and `-o/--output` options. Both record into `args`, so the order in which they were
 * given, which pairs them, is kept.
 */
export function outputOptions(args: OutputArg[]): Option[] {
  const formats = Object.keys(REPORTERS);
  const format = new Option('-f, --format <format>', `output format, repeatable (default: ${DEFAULT_FORMAT})`).choices(formats);
  format.argParser((value: string) => {
    if (!formats.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${formats.join(', ')}.`);
    args.push({ format: value });
    return value;
  });
  const output = new Option('-o, --output <file>', 'write the --format given just before it to this file instead of standard output');
  output.argParser((value: string) => {
    args.push({ file: value });
    return value;
  });
  return [format, output];
}

/**
 * Pairs formats with files: each `--output` is for the `--format` just before it (`-f sarif -o report.sarif
 * -f stylish`: SARIF to the file, stylish to standard output). With one format and one output the order does not
 * matter; with no format, the output is for stylish. At most one format may go to standard output.
 */
export function pairOutputs(args: readonly OutputArg[]): OutputTarget[] {
  const formats = args.filter((a): a is { format: string } => 'format' in a);
  const files = args.filter((a): a is { file: string } => 'file' in a);
  let targets: OutputTarget[];
  if (formats.length <= 1 && files.length <= 1) {
    targets = [{ format: formats[0]?.format ?? DEFAULT_FORMAT, ...(files[0] ? { file: files[0].file } : {}) }];
  } else {
    if (formats.length === 0) throw new UsageError(`${files.length} --output files but no --format: say which format goes to each file (-f sarif -o report.sarif).`);
    targets = [];
    for (const arg of args) {
      if ('format' in arg) {
        targets.push({ format: arg.format });
        continue;
      }
      const last = targets[targets.length - 1];
      if (!last) throw new UsageError(`--output ${arg.file} comes before any --format; put each --output right after its format (-f sarif -o report.sarif).`);
      if (last.file !== undefined) throw new UsageError(`--format ${last.format} has two outputs (${last.file} and ${arg.file}); repeat the --format for each file.`);
      last.file = arg.file;
    }
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `${toStdout.map((t) => t.format).join(' and ')} would both go to standard output; give all formats but one an --output file (-f ${toStdout[0].format} -o <file>).`,
    );
  }
  const seen = new Map<string, string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const key = path.resolve(t.file);
    if (seen.has(key)) throw new UsageError(`${t.file} is the output of both --format ${seen.get(key)} and --format ${t.format}.`);
    seen.set(key, t.format);
  }
  return targets;
}

/**
 * `--max-problems <n>`: a whole number of at least 0 (0 lists no finding, only the counts), or a usage error.
 */
export function parseMaxProblems(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new UsageError(`--max-problems must be a whole number of at least 0, not "${value}".`);
  return n;
}

/**
 * Renders the report once per target and writes it: files first (only the paths the user named, creating their
 * folders), then standard output. A file that cannot be written is a usage error (exit code 2). The display options
 * (--max-problems, --quiet) go to every reporter; the formats that honour them say so (src/reporters/types.ts).
 */
export function writeOutputs(
  report: Report,
  targets: readonly OutputTarget[],
  context: { catalog: Catalog; cwd: string } & DisplayOptions,
): void {
  let stdoutText: string | undefined;
  for (const target of targets) {
    const reporter = REPORTERS[target.format];
    if (!reporter) throw new UsageError(`Unknown format "${target.format}".`);
    if (target.file === undefined) {
      const color = target.format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      stdoutText = reporter(report, { ...context, color });
      continue;
    }
    const text = reporter(report, { ...context, color: false });
    const file = path.resolve(context.cwd, target.file);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    } catch (error) {
      throw new UsageError(`Cannot write the ${target.format} output to ${target.file}: ${(error as Error).message}`);
    }
  }
  if (stdoutText !== undefined) process.stdout.write(stdoutText);
}
