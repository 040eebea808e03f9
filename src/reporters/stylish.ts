import { styleText } from 'node:util';
import type { Finding } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import { connectorCounts, fileLocation, moreLine, plainLine, plainPath, shownFindings, totalsLine, unusedIgnoreText, unusedIgnoresHeading } from './common';
import type { Reporter } from './types';

type Style = Parameters<typeof styleText>[0];

const ACKNOWLEDGED = 'acknowledged';

/**
 * Human output: per connector, `file:line:col  severity  rule  message` and a `fix:` line (an acknowledged breaking
 * change: `acknowledged` and the reason instead), then PASS or FAIL with the counts, the totals line, and a warning
 * block for ignore-file entries that match nothing. --max-problems and --quiet shorten the lists, never the counts.
 * Every string from a connector or an ignore file is printed as one plain line (see plainLine): this format is also
 * what CI logs show when no other format is asked for.
 */
export const stylish: Reporter = (report, { color, cwd, maxProblems, quiet }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const out: string[] = [];
  for (const connector of report.connectors) {
    out.push(paint('underline', plainPath(connector.path)) + paint('dim', `  ${plainLine(connector.title)} · ${programLabel(connector)}`));
    const shown = shownFindings(connector.findings, { maxProblems, quiet });
    const location = (f: Finding) => plainLine(fileLocation(f));
    const width = Math.max(0, ...shown.findings.map((f) => location(f).length));
    const ruleWidth = Math.max(0, ...shown.findings.map((f) => f.rule.length));
    const severityWidth = shown.findings.some((f) => f.acknowledged !== undefined) ? ACKNOWLEDGED.length : 'warning'.length;
    for (const f of shown.findings) {
      const label = severityLabel(f).padEnd(severityWidth);
      const severity = f.acknowledged !== undefined ? paint('cyan', label) : f.severity === 'error' ? paint('red', label) : f.severity === 'warning' ? paint('yellow', label) : paint('blue', label);
      out.push(`  ${location(f).padEnd(width)}  ${severity}  ${paint('dim', f.rule.padEnd(ruleWidth))}  ${plainLine(f.message)}`);
      out.push(
        f.acknowledged !== undefined
          ? `  ${' '.repeat(width)}  ${paint('cyan', 'reason:')} ${plainLine(f.acknowledged)}`
          : `  ${' '.repeat(width)}  ${paint('green', 'fix:')} ${plainLine(f.fix)}`,
      );
    }
    if (shown.more > 0) out.push(`  ${paint('dim', moreLine(shown))}`);
    const verdict = connector.passed ? paint(['green', 'bold'], 'PASS') : paint(['red', 'bold'], 'FAIL');
    out.push(`  ${verdict}  ${connectorCounts(connector)}`, '');
  }
  out.push(totalsLine(report));
  const unused = report.unusedIgnores ?? [];
  if (unused.length > 0) {
    out.push('', paint(['yellow', 'bold'], `warning: ${unusedIgnoresHeading(unused.length)}:`));
    for (const u of unused) out.push(`  ${plainLine(unusedIgnoreText(u, cwd))}`);
  }
  return out.join('\n') + '\n';
};

function severityLabel(f: Finding): string {
  return f.acknowledged !== undefined ? ACKNOWLEDGED : f.severity;
}

function programLabel(c: ConnectorReport): string {
  return c.program === 'unknown' ? 'program unknown' : `${c.program} publisher`;
}
