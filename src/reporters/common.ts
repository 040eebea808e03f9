import { createHash } from 'node:crypto';
import { DOCS_BASE } from '../engine/docs-url';
import type { Finding, Severity } from '../model/finding';
import type { ConnectorReport, Report } from '../model/report';

/** Shared pieces of the output formats: counting, paths and the totals line every text format ends with. */

/** `1 error`, `2 errors`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countSeverity(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** `2 connectors: 1 passed, 1 failed (3 errors, 1 warning)`: the last line of the text formats. */
export function totalsLine(report: Report): string {
  const s = report.summary;
  return `${plural(s.connectors, 'connector')}: ${s.passed} passed, ${s.failed} failed (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')})`;
}

/** `file:line:col` relative to the connector, or the file alone when the place is unknown. */
export function fileLocation(f: Finding): string {
  return f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

/** The finding's file as a path from the working directory, with `/` (connector path + '/' + file). */
export function findingPath(connector: ConnectorReport, f: Finding): string {
  if (connector.path === '.' || connector.path === '') return f.file;
  return `${connector.path.replace(/\/+$/, '')}/${f.file}`;
}

/** `connector/file:line:col` from the working directory, or the path alone when the place is unknown. */
export function pathLocation(connector: ConnectorReport, f: Finding): string {
  return f.line !== undefined ? `${findingPath(connector, f)}:${f.line}:${f.column ?? 1}` : findingPath(connector, f);
}

/** The project's home page, the repository that also publishes the rule docs. */
export const HOMEPAGE = DOCS_BASE.replace(/\/(blob|tree)\/.*$/, '');

/**
 * A fingerprint that survives reformatting: rule, connector, file and JSON pointer, never line numbers; the message
 * stands in for the pointer in files that are not JSON.
 */
export function fingerprint(connector: ConnectorReport, f: Finding): string {
  const place = f.pointer !== undefined ? `pointer:${f.pointer}` : `message:${f.message}`;
  return createHash('sha256').update([f.rule, connector.path, f.file, place].join('\0')).digest('hex');
}

/** Every finding with its connector, in report order. */
export function allFindings(report: Report): Array<{ connector: ConnectorReport; finding: Finding }> {
  return report.connectors.flatMap((connector) => connector.findings.map((finding) => ({ connector, finding })));
}
