import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { DOCS_BASE } from '../engine/docs-url';
import type { Finding, Severity } from '../model/finding';
import type { ConnectorReport, Report, UnusedIgnore } from '../model/report';
import type { DisplayOptions } from './types';

/** Shared pieces of the output formats: counting, paths and the totals line every text format ends with. */

/** `1 error`, `2 errors`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countSeverity(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/**
 * `2 connectors: 1 passed, 1 failed (3 errors, 1 warning)`: the last line of the text formats, with `, 3 suppressed`
 * and `, 1 acknowledged` inside the brackets when there are any.
 */
export function totalsLine(report: Report): string {
  const s = report.summary;
  const acknowledged = report.connectors.reduce((n, c) => n + countAcknowledged(c.findings), 0);
  return (
    `${plural(s.connectors, 'connector')}: ${s.passed} passed, ${s.failed} failed ` +
    `(${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${extraCounts(suppressedTotal(report), acknowledged)})`
  );
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

/** Findings the configuration or the ignore file suppressed in the whole run (counted, never listed as problems). */
export function suppressedTotal(report: Report): number {
  return report.summary.suppressed ?? report.connectors.reduce((n, c) => n + (c.suppressed?.length ?? 0), 0);
}

/** Breaking changes accepted in the ignore file with a reason: shown as acknowledged, not as problems. */
export function countAcknowledged(findings: readonly Finding[]): number {
  return findings.filter((f) => f.acknowledged !== undefined).length;
}

/** `, 3 suppressed, 1 acknowledged`, or nothing when both are 0 (so reports without them read as before). */
export function extraCounts(suppressed: number, acknowledged: number): string {
  return `${suppressed > 0 ? `, ${suppressed} suppressed` : ''}${acknowledged > 0 ? `, ${acknowledged} acknowledged` : ''}`;
}

/** `2 errors, 1 warning` (and `, 3 suppressed, 1 acknowledged` when there are any) for one connector. */
export function connectorCounts(c: ConnectorReport): string {
  const counts = `${plural(countSeverity(c.findings, 'error'), 'error')}, ${plural(countSeverity(c.findings, 'warning'), 'warning')}`;
  return counts + extraCounts(c.suppressed?.length ?? 0, countAcknowledged(c.findings));
}

/** The ignore file of an unused entry, relative to the working directory when it is inside it, with `/`. */
export function ignoreFilePath(u: UnusedIgnore, cwd?: string): string {
  if (cwd === undefined || !path.isAbsolute(u.file)) return u.file.split(path.sep).join('/');
  const relative = path.relative(cwd, u.file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return u.file.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** One line about an ignore-file entry that matched nothing: where it is, what it names, what to do. */
export function unusedIgnoreText(u: UnusedIgnore, cwd?: string): string {
  return `${ignoreFilePath(u, cwd)}: entry ${u.entry} (connector "${u.connector}", rule ${u.rule}) matched no finding; remove it if the problem is fixed.`;
}

/** `1 ignore-file entry matched` / `2 ignore-file entries matched` no finding. */
export function unusedIgnoresHeading(n: number): string {
  return `${n} ignore-file ${n === 1 ? 'entry' : 'entries'} matched no finding`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Which of a connector's findings a human format lists, and how many it leaves out. */
export interface Shown {
  findings: Finding[];
  /** Left out by --max-problems (not counting those --quiet hides). */
  more: number;
  /** The severities of those left out by --max-problems, e.g. `2 errors, 10 warnings`. */
  moreCounts: string;
}

/**
 * The findings to list under --quiet (errors only) and --max-problems (at most n, the most severe first, listed in
 * report order). Counts, PASS/FAIL and the exit code never depend on this.
 */
export function shownFindings(findings: readonly Finding[], options: DisplayOptions): Shown {
  const candidates = options.quiet ? findings.filter((f) => f.severity === 'error') : [...findings];
  const max = options.maxProblems;
  if (max === undefined || candidates.length <= max) return { findings: candidates, more: 0, moreCounts: '' };
  const keep = new Set(
    candidates
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
      .slice(0, max)
      .map(({ f }) => f),
  );
  const left = candidates.filter((f) => !keep.has(f));
  const moreCounts = [
    plural(countSeverity(left, 'error'), 'error'),
    plural(countSeverity(left, 'warning'), 'warning'),
    plural(countSeverity(left, 'info'), 'note'),
  ].filter((s) => !s.startsWith('0 ')).join(', ');
  return { findings: candidates.filter((f) => keep.has(f)), more: left.length, moreCounts };
}

/** `… and 12 more (2 errors, 10 warnings; see --format json)`: the line under a connector cut by --max-problems. */
export function moreLine(shown: Shown): string {
  return `… and ${shown.more} more (${shown.moreCounts}; see --format json)`;
}

/**
 * Text from connector files as one plain line for the formats printed to terminals and CI logs (stylish, summary):
 * line breaks and tabs become spaces and other control characters U+FFFD, so that a message can neither move the
 * cursor, recolour the terminal nor start a line of its own (GitHub Actions acts on a line that starts with `::`),
 * and `##vso[`, which Azure Pipelines acts on anywhere in a line, has its bracket encoded.
 */
export function plainLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/##vso\[/gi, (m) => `${m.slice(0, -1)}%5B`);
}

/** A connector path at the start of a log line, as a plain line that cannot read as a workflow command (`::…`). */
export function plainPath(text: string): string {
  const line = plainLine(text);
  return line.trimStart().startsWith('::') ? `./${line}` : line;
}
