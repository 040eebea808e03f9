import { styleText } from 'node:util';
import type { Finding } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import type { Reporter } from './types';

type Style = Parameters<typeof styleText>[0];

/** Human output: per connector, `file:line:col  severity  rule  message` and a `fix:` line, then PASS or FAIL. */
export const stylish: Reporter = (report, { color }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const out: string[] = [];
  for (const connector of report.connectors) {
    out.push(paint('underline', connector.path) + paint('dim', `  ${connector.title} · ${programLabel(connector)}`));
    const width = Math.max(0, ...connector.findings.map((f) => location(f).length));
    const ruleWidth = Math.max(0, ...connector.findings.map((f) => f.rule.length));
    for (const f of connector.findings) {
      const severity = f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
      out.push(`  ${location(f).padEnd(width)}  ${severity}  ${paint('dim', f.rule.padEnd(ruleWidth))}  ${f.message}`);
      out.push(`  ${' '.repeat(width)}  ${paint('green', 'fix:')} ${f.fix}`);
    }
    const errors = connector.findings.filter((f) => f.severity === 'error').length;
    const warnings = connector.findings.filter((f) => f.severity === 'warning').length;
    const verdict = connector.passed ? paint(['green', 'bold'], 'PASS') : paint(['red', 'bold'], 'FAIL');
    out.push(`  ${verdict}  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, '');
  }
  const s = report.summary;
  out.push(
    `${plural(s.connectors, 'connector')}: ${s.passed} passed, ${s.failed} failed (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')})`,
  );
  return out.join('\n') + '\n';
};

function location(f: Finding): string {
  return f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

function programLabel(c: ConnectorReport): string {
  return c.program === 'unknown' ? 'program unknown' : `${c.program} publisher`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
