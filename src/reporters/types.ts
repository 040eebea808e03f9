import type { Catalog } from '../catalog';
import type { Report } from '../model/report';

/**
 * What a reader asked to see, for the formats people read (stylish, markdown, html; `quiet` also github and
 * azure-pipelines). The record formats (json, sarif, junit) ignore it and always hold every finding; no option here
 * ever changes a count, a PASS/FAIL or the exit code.
 */
export interface DisplayOptions {
  /** At most this many findings per connector, the most severe first, with a line saying how many more there are. */
  maxProblems?: number;
  /** Errors only (ESLint's `--quiet`): warnings and notes are counted but not listed. */
  quiet?: boolean;
}

export interface ReporterContext extends DisplayOptions {
  catalog: Catalog;
  /** Colour the output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
  /**
   * The directory connector paths are relative to (the working directory of the run). SARIF records it as the base
   * of its relative URIs, and ignore-file paths are shown relative to it; left out, SARIF names no absolute path
   * and ignore-file paths are shown as the report has them.
   */
  cwd?: string;
}

/** A reporter turns a report into the text of one output format. It only formats; it decides nothing. */
export type Reporter = (report: Report, context: ReporterContext) => string;
