import type { Finding, SuppressedFinding } from './finding';
import type { ProgramOrUnknown } from './program';

/** The JSON report (a public interface: design.md; change it only by adding fields). */
export interface ConnectorReport {
  path: string;
  title: string;
  program: ProgramOrUnknown;
  passed: boolean;
  findings: Finding[];
  /** Findings the configuration switched off or the ignore file accepted (present when there are any). */
  suppressed?: SuppressedFinding[];
}

/** An ignore-file entry that matched no finding of the connectors it names (the problem was fixed: remove it). */
export interface UnusedIgnore {
  file: string;
  entry: number;
  connector: string;
  rule: string;
}

export interface Report {
  tool: { name: string; version: string };
  summary: { connectors: number; passed: number; failed: number; errors: number; warnings: number; suppressed?: number };
  connectors: ConnectorReport[];
  /** Ignore-file entries that no longer match anything (present when there are any). */
  unusedIgnores?: UnusedIgnore[];
}

export function summarize(connectors: ConnectorReport[]): Report['summary'] {
  const all = connectors.flatMap((c) => c.findings);
  return {
    connectors: connectors.length,
    passed: connectors.filter((c) => c.passed).length,
    failed: connectors.filter((c) => !c.passed).length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    suppressed: connectors.reduce((n, c) => n + (c.suppressed?.length ?? 0), 0),
  };
}

/**
 * Combines reports of disjoint parts of one run (CI shards) into one report, connectors sorted by path. A connector
 * that appears in two parts is an error: the shards overlapped.
 */
export function mergeReports(reports: Report[]): Report {
  const connectors: ConnectorReport[] = [];
  const seen = new Set<string>();
  for (const report of reports) {
    for (const connector of report.connectors) {
      if (seen.has(connector.path)) throw new Error(`The connector "${connector.path}" is in more than one report.`);
      seen.add(connector.path);
      connectors.push(connector);
    }
  }
  connectors.sort((a, b) => a.path.localeCompare(b.path));
  return { tool: reports[0]?.tool ?? { name: 'connector-precheck', version: '' }, summary: summarize(connectors), connectors };
}
