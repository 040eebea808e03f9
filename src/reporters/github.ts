import type { Finding, Severity } from '../model/finding';
import type { ConnectorReport, UnusedIgnore } from '../model/report';
import { allFindings, findingPath, ignoreFilePath, plural, totalsLine, unusedIgnoreText } from './common';
import type { Reporter } from './types';

/** GitHub shows at most this many annotations of each kind per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_KIND = 10;

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Workflow-command data: `%`, CR and LF are encoded, as `@actions/core` does, so text cannot end the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: as data, plus `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations (`::error file=…,line=…,col=…,title=<rule>::<message> Fix: <fix>`): errors first, then
 * warnings (each ignore-file entry that matches nothing is one too, after the findings), then notices (an
 * acknowledged breaking change is a notice with its reason); past GitHub's 10 annotations per kind, one notice says
 * how many more there are and where to see them; then the totals line. Suppressed findings are only counted.
 * `--quiet` leaves out warning and notice annotations of findings. Needs no token, so it works on pull requests
 * from forks.
 */
export const github: Reporter = (report, { cwd, quiet }) => {
  const found = allFindings(report).filter(({ finding }) => !quiet || finding.severity === 'error');
  const bySeverity = (s: Severity) => found.filter(({ finding }) => finding.severity === s);
  const unused = report.unusedIgnores ?? [];
  const lines: string[] = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let hiddenUnused = 0;
  const overflow = ORDER.some((s) => bySeverity(s).length + (s === 'warning' ? unused.length : 0) > ANNOTATIONS_PER_KIND);
  for (const s of ORDER) {
    const all = bySeverity(s);
    // The note about hidden findings is a notice too, so it takes the place of the tenth notice.
    const limit = s === 'info' && overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
    lines.push(...all.slice(0, limit).map(({ connector, finding }) => annotation(connector, finding)));
    hidden[s] = Math.max(0, all.length - limit);
    if (s === 'warning') {
      const room = Math.max(0, limit - all.length);
      lines.push(...unused.slice(0, room).map((u) => unusedAnnotation(u, cwd)));
      hiddenUnused = Math.max(0, unused.length - room);
    }
  }
  const hiddenTotal = hidden.error + hidden.warning + hidden.info;
  if (hiddenTotal + hiddenUnused > 0) {
    const parts = [
      hidden.error && plural(hidden.error, 'error'),
      hidden.warning && plural(hidden.warning, 'warning'),
      hidden.info && plural(hidden.info, 'notice'),
    ].filter(Boolean);
    const findings = hiddenTotal > 0 ? `${plural(hiddenTotal, 'more finding')} (${parts.join(', ')})` : '';
    const entries = hiddenUnused > 0 ? `${hiddenUnused} more unused ignore-file ${hiddenUnused === 1 ? 'entry' : 'entries'}` : '';
    const text =
      `${[findings, entries].filter(Boolean).join(' and ')} not shown as annotations: ` +
      `GitHub shows only ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step. ` +
      'See the job summary for all findings (connector-precheck lint --format markdown --output "$GITHUB_STEP_SUMMARY").';
    lines.push(`::notice title=${escapeProperty(report.tool.name)}::${escapeData(text)}`);
  }
  lines.push(totalsLine(report));
  return lines.join('\n') + '\n';
};

/** An ignore-file entry that matches nothing: a warning on the ignore file (line unknown: GitHub shows it on the file). */
function unusedAnnotation(u: UnusedIgnore, cwd: string | undefined): string {
  const properties = [`file=${escapeProperty(ignoreFilePath(u, cwd))}`, `title=${escapeProperty('unused ignore-file entry')}`];
  return `::warning ${properties.join(',')}::${escapeData(unusedIgnoreText(u, cwd))}`;
}

function annotation(connector: ConnectorReport, f: Finding): string {
  const properties = [`file=${escapeProperty(findingPath(connector, f))}`];
  if (f.line !== undefined) properties.push(`line=${f.line}`);
  if (f.line !== undefined && f.column !== undefined) properties.push(`col=${f.column}`);
  if (f.acknowledged !== undefined) {
    properties.push(`title=${escapeProperty(`${f.rule} (acknowledged)`)}`);
    return `::${COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(`${f.message} Acknowledged: ${f.acknowledged}`)}`;
  }
  properties.push(`title=${escapeProperty(f.rule)}`);
  return `::${COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(`${f.message} Fix: ${f.fix}`)}`;
}
