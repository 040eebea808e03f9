import { docsUrl } from '../engine/docs-url';
import type { Finding, SuppressedFinding } from '../model/finding';
import type { ConnectorReport, UnusedIgnore } from '../model/report';
import { countSeverity, findingPath, ignoreFilePath, pathLocation, unusedIgnoreText } from './common';
import type { Reporter } from './types';

/**
 * Characters XML 1.0 cannot carry even as a reference (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates):
 * replaced by U+FFFD so that text from a connector file can never make the document invalid.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content: `&`, `<`, `>` as entities, CR as a reference (parsers would turn it into LF). */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values (always double-quoted): as text, plus quotes, and tab/LF as references so they survive normalisation. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * JUnit XML for CI test tabs (Jenkins, GitLab, CircleCI, Azure DevOps): one testsuite per connector, one testcase per
 * finding, `<failure>` for errors (warnings and notes pass, with their text in `<system-out>`; an acknowledged
 * breaking change passes with its reason), one passing testcase for a connector without findings, and one `<skipped>`
 * testcase per suppressed finding, with who suppressed it and why. Ignore-file entries that match nothing form a last
 * testsuite of passing test cases that say so in `<system-out>`.
 */
export const junit: Reporter = (report, { cwd }) => {
  const s = report.summary;
  const unused = report.unusedIgnores ?? [];
  const tests = report.connectors.reduce((n, c) => n + Math.max(1, c.findings.length) + (c.suppressed?.length ?? 0), 0) + unused.length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttribute(report.tool.name)}" tests="${tests}" failures="${s.errors}" errors="0">`,
  ];
  for (const c of report.connectors) out.push(...testsuite(c));
  if (unused.length > 0) out.push(...unusedSuite(unused, cwd));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

function testsuite(c: ConnectorReport): string[] {
  const a = (text: string) => escapeXmlAttribute(text);
  const suppressed = c.suppressed ?? [];
  const out = [
    `  <testsuite name="${a(c.path)}" tests="${Math.max(1, c.findings.length) + suppressed.length}" failures="${countSeverity(c.findings, 'error')}" errors="0" skipped="${suppressed.length}">`,
    '    <properties>',
    `      <property name="title" value="${a(c.title)}"/>`,
    `      <property name="program" value="${a(c.program)}"/>`,
    '    </properties>',
  ];
  if (c.findings.length === 0) out.push(`    <testcase classname="${a(c.path)}" name="no findings"/>`);
  for (const f of c.findings) {
    out.push(`    <testcase classname="${a(c.path)}" name="${a(testName(f))}" file="${a(findingPath(c, f))}">`);
    const body = escapeXmlText(details(c, f));
    out.push(
      f.severity === 'error'
        ? `      <failure message="${a(f.message)}" type="${a(f.rule)}">${body}</failure>`
        : `      <system-out>${body}</system-out>`,
    );
    out.push('    </testcase>');
  }
  for (const f of suppressed) {
    out.push(`    <testcase classname="${a(c.path)}" name="${a(testName(f))}" file="${a(findingPath(c, f))}">`);
    out.push(`      <skipped message="${a(suppressedBy(f))}"/>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  return out;
}

function unusedSuite(unused: UnusedIgnore[], cwd: string | undefined): string[] {
  const a = (text: string) => escapeXmlAttribute(text);
  const name = 'unused ignore-file entries';
  const out = [`  <testsuite name="${a(name)}" tests="${unused.length}" failures="0" errors="0" skipped="0">`];
  for (const u of unused) {
    const file = ignoreFilePath(u, cwd);
    out.push(`    <testcase classname="${a(name)}" name="${a(`${file} entry ${u.entry}`)}" file="${a(file)}">`);
    out.push(`      <system-out>${escapeXmlText(`warning: ${unusedIgnoreText(u, cwd)}`)}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  return out;
}

function suppressedBy(f: SuppressedFinding): string {
  if (f.suppressedBy === 'config') return 'Suppressed by the configuration.';
  return `Suppressed by the ignore file${f.reason ? `: ${f.reason}` : '.'}`;
}

/** Stable across reformatting where it can be: the JSON pointer rather than the line. */
function testName(f: Finding): string {
  if (f.pointer !== undefined) return `${f.rule} ${f.file}#${f.pointer}`;
  return f.line !== undefined ? `${f.rule} ${f.file}:${f.line}` : `${f.rule} ${f.file}`;
}

function details(c: ConnectorReport, f: Finding): string {
  const last = f.acknowledged !== undefined ? `Acknowledged: ${f.acknowledged}` : `Fix: ${f.fix}`;
  const severity = f.acknowledged !== undefined ? 'acknowledged' : f.severity;
  return [`${severity}: ${pathLocation(c, f)}`, f.message, last, `Docs: ${docsUrl(f.rule)}`].join('\n');
}
