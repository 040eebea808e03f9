import type { Report } from '../model/report';
import { plainLine, plainPath, totalsLine, unusedIgnoreText, unusedIgnoresHeading } from './common';
import type { Reporter } from './types';

const TOP_RULES = 15;

/**
 * Triage view: one row per connector (with a Suppressed column when anything was suppressed), then the rules that
 * fire on the most connectors, the totals, and ignore-file entries that match nothing. It lists no findings, so
 * --max-problems and --quiet do not change it. Paths are printed as plain lines (see plainLine).
 */
export const summary: Reporter = (report: Report, { cwd }) => {
  const withSuppressed = report.connectors.some((c) => (c.suppressed?.length ?? 0) > 0);
  const rows = report.connectors.map((c) => ({
    path: plainPath(c.path),
    program: c.program,
    errors: c.findings.filter((f) => f.severity === 'error').length,
    warnings: c.findings.filter((f) => f.severity === 'warning').length,
    suppressed: c.suppressed?.length ?? 0,
    result: c.passed ? 'PASS' : 'FAIL',
  }));
  const pathWidth = Math.max('Connector'.length, ...rows.map((r) => r.path.length));
  const suppressedHead = withSuppressed ? `  ${'Suppressed'.padStart(10)}` : '';
  const out = [
    `${'Connector'.padEnd(pathWidth)}  ${'Program'.padEnd(11)}  ${'Errors'.padStart(6)}  ${'Warnings'.padStart(8)}${suppressedHead}  Result`,
    ...rows.map(
      (r) =>
        `${r.path.padEnd(pathWidth)}  ${r.program.padEnd(11)}  ${String(r.errors).padStart(6)}  ${String(r.warnings).padStart(8)}` +
        `${withSuppressed ? `  ${String(r.suppressed).padStart(10)}` : ''}  ${r.result}`,
    ),
  ];
  const connectorsPerRule = new Map<string, { connectors: number; findings: number }>();
  for (const c of report.connectors) {
    for (const f of c.findings) {
      const entry = connectorsPerRule.get(f.rule) ?? { connectors: 0, findings: 0 };
      entry.findings++;
      connectorsPerRule.set(f.rule, entry);
    }
    for (const rule of new Set(c.findings.map((f) => f.rule))) connectorsPerRule.get(rule)!.connectors++;
  }
  const top = [...connectorsPerRule.entries()].sort((a, b) => b[1].connectors - a[1].connectors || a[0].localeCompare(b[0])).slice(0, TOP_RULES);
  if (top.length > 0) {
    const ruleWidth = Math.max(...top.map(([rule]) => rule.length));
    out.push('', 'Rules that fire most:', ...top.map(([rule, n]) => `  ${rule.padEnd(ruleWidth)}  ${String(n.connectors).padStart(5)} connectors  ${String(n.findings).padStart(6)} findings`));
  }
  out.push('', totalsLine(report));
  const unused = report.unusedIgnores ?? [];
  if (unused.length > 0) {
    out.push('', `warning: ${unusedIgnoresHeading(unused.length)}:`, ...unused.map((u) => `  ${plainLine(unusedIgnoreText(u, cwd))}`));
  }
  return out.join('\n') + '\n';
};
