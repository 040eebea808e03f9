import type { Catalog } from '../catalog';
import type { Report } from '../model/report';

export interface ReporterContext {
  catalog: Catalog;
  /** Colour the output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
}

/** A reporter turns a report into the text of one output format. It only formats; it decides nothing. */
export type Reporter = (report: Report, context: ReporterContext) => string;
