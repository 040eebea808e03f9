import type { Finding, Severity } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import { allFindings, findingPath, plural, totalsLine } from './common';
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
 * warnings, then notices; past GitHub's 10 annotations per kind, one notice says how many more there are and where to
 * see them; then the totals line. Needs no token, so it works on pull requests from forks.
 */
export const github: Reporter = (report) => {
  const found = allFindings(report);
  const bySeverity = (s: Severity) => found.filter(({ finding }) => finding.severity === s);
  const shown: Array<{ connector: ConnectorReport; finding: Finding }> = [];
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const overflow = ORDER.some((s) => bySeverity(s).length > ANNOTATIONS_PER_KIND);
  for (const s of ORDER) {
    const all = bySeverity(s);
    // The note about hidden findings is a notice too, so it takes the place of the tenth notice.
    const limit = s === 'info' && overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
    shown.push(...all.slice(0, limit));
    hidden[s] = Math.max(0, all.length - limit);
  }
  const lines = shown.map(({ connector, finding }) => annotation(connector, finding));
  const hiddenTotal = hidden.error + hidden.warning + hidden.info;
  if (hiddenTotal > 0) {
    const parts = [
      hidden.error && plural(hidden.error, 'error'),
      hidden.warning && plural(hidden.warning, 'warning'),
      hidden.info && plural(hidden.info, 'notice'),
    ].filter(Boolean);
    const text =
      `${plural(hiddenTotal, 'more finding')} (${parts.join(', ')}) not shown as annotations: ` +
      `GitHub shows only ${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step. ` +
      'See the job summary for all findings (connector-precheck lint --format markdown --output "$GITHUB_STEP_SUMMARY").';
    lines.push(`::notice title=${escapeProperty(report.tool.name)}::${escapeData(text)}`);
  }
  lines.push(totalsLine(report));
  return lines.join('\n') + '\n';
};

function annotation(connector: ConnectorReport, f: Finding): string {
  const properties = [`file=${escapeProperty(findingPath(connector, f))}`];
  if (f.line !== undefined) properties.push(`line=${f.line}`);
  if (f.line !== undefined && f.column !== undefined) properties.push(`col=${f.column}`);
  properties.push(`title=${escapeProperty(f.rule)}`);
  return `::${COMMANDS[f.severity]} ${properties.join(',')}::${escapeData(`${f.message} Fix: ${f.fix}`)}`;
}
