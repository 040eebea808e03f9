import { MissingInputError } from '../../engine/discover';
import { Linter } from '../../engine/lint';
import type { Program } from '../../model/program';
import { REPORTERS } from '../../reporters';
import { EXIT, UsageError } from '../exit';

export interface LintCommandOptions {
  format: string;
  program?: Program;
  rule?: string[];
}

export async function lintCommand(paths: string[], options: LintCommandOptions): Promise<number> {
  const linter = new Linter({ program: options.program, only: options.rule ? new Set(options.rule) : undefined });
  for (const id of options.rule ?? []) {
    if (!linter.catalog.get(id)) throw new UsageError(`Unknown rule "${id}". Run "connector-precheck rules" to list them.`);
  }
  let report;
  try {
    report = await linter.lint(paths);
  } catch (error) {
    if (error instanceof MissingInputError) throw new UsageError(error.message);
    throw error;
  }
  const reporter = REPORTERS[options.format];
  const color = options.format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(reporter(report, { catalog: linter.catalog, color }));
  return report.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}
