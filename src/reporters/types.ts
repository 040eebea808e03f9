import type { Catalog } from '../catalog';
import type { Report } from '../model/report';

export interface ReporterContext {
  catalog: Catalog;
  /** Colour the output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
  /**
   * The directory connector paths are relative to (the working directory of the run). SARIF records it as the base
   * of its relative URIs; left out, the output names no absolute path.
   */
  cwd?: string;
}

/** A reporter turns a report into the text of one output format. It only formats; it decides nothing. */
export type Reporter = (report: Report, context: ReporterContext) => string;
