import { styleText } from 'node:util';
import type { ConnectorReport } from '../model/report';
import { countSeverity, fileLocation, plural, totalsLine } from './common';
import type { Reporter } from './types';

type Style = Parameters<typeof styleText>[0];

/** Human output: per connector, `file:line:col  severity  rule  message` and a `fix:` line, then PASS or FAIL. */
export const stylish: Reporter = (report, { color }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const out: string[] = [];
  for (const connector of report.connectors) {
    out.push(paint('underline', connector.path) + paint('dim', `  ${connector.title} · ${programLabel(connector)}`));
    const width = Math.max(0, ...connector.findings.map((f) => fileLocation(f).length));
    const ruleWidth = Math.max(0, ...connector.findings.map((f) => f.rule.length));
    for (const f of connector.findings) {
      const severity = f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
      out.push(`  ${fileLocation(f).padEnd(width)}  ${severity}  ${paint('dim', f.rule.padEnd(ruleWidth))}  ${f.message}`);
      out.push(`  ${' '.repeat(width)}  ${paint('green', 'fix:')} ${f.fix}`);
    }
    const errors = countSeverity(connector.findings, 'error');
    const warnings = countSeverity(connector.findings, 'warning');
    const verdict = connector.passed ? paint(['green', 'bold'], 'PASS') : paint(['red', 'bold'], 'FAIL');
    out.push(`  ${verdict}  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, '');
  }
  out.push(totalsLine(report));
  return out.join('\n') + '\n';
};

function programLabel(c: ConnectorReport): string {
  return c.program === 'unknown' ? 'program unknown' : `${c.program} publisher`;
}
