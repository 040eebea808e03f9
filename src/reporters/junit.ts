import { docsUrl } from '../engine/docs-url';
import type { Finding } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import { countSeverity, findingPath, pathLocation } from './common';
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
 * finding, `<failure>` for errors (warnings and notes pass, with their text in `<system-out>`), and one passing
 * testcase for a connector without findings.
 */
export const junit: Reporter = (report) => {
  const s = report.summary;
  const tests = report.connectors.reduce((n, c) => n + Math.max(1, c.findings.length), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttribute(report.tool.name)}" tests="${tests}" failures="${s.errors}" errors="0">`,
  ];
  for (const c of report.connectors) out.push(...testsuite(c));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

function testsuite(c: ConnectorReport): string[] {
  const a = (text: string) => escapeXmlAttribute(text);
  const out = [
    `  <testsuite name="${a(c.path)}" tests="${Math.max(1, c.findings.length)}" failures="${countSeverity(c.findings, 'error')}" errors="0" skipped="0">`,
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
  out.push('  </testsuite>');
  return out;
}

/** Stable across reformatting where it can be: the JSON pointer rather than the line. */
function testName(f: Finding): string {
  if (f.pointer !== undefined) return `${f.rule} ${f.file}#${f.pointer}`;
  return f.line !== undefined ? `${f.rule} ${f.file}:${f.line}` : `${f.rule} ${f.file}`;
}

function details(c: ConnectorReport, f: Finding): string {
  return [`${f.severity}: ${pathLocation(c, f)}`, f.message, `Fix: ${f.fix}`, `Docs: ${docsUrl(f.rule)}`].join('\n');
}
