import type { Reporter } from './types';

/** The public JSON report of design.md, exactly. */
export const json: Reporter = (report) => JSON.stringify(report, null, 2) + '\n';
