import type { Finding } from './finding';
import type { ProgramOrUnknown } from './program';

/** The JSON report (a public interface: design.md; change it only by adding fields). */
export interface ConnectorReport {
  path: string;
  title: string;
  program: ProgramOrUnknown;
  passed: boolean;
  findings: Finding[];
}

export interface Report {
  tool: { name: string; version: string };
  summary: { connectors: number; passed: number; failed: number; errors: number; warnings: number };
  connectors: ConnectorReport[];
}

export function summarize(connectors: ConnectorReport[]): Report['summary'] {
  const all = connectors.flatMap((c) => c.findings);
  return {
    connectors: connectors.length,
    passed: connectors.filter((c) => c.passed).length,
    failed: connectors.filter((c) => !c.passed).length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}
