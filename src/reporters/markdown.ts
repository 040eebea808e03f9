import { docsUrl } from '../engine/docs-url';
import type { Finding } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import { countSeverity, fileLocation, plural, totalsLine } from './common';
import type { Reporter } from './types';

/** GitHub refuses a job summary larger than 1024 KiB; stay below it with room for the closing note. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

const NOTE_ROOM = 1024;

/**
 * Text from connector files (titles, messages, paths) as inline Markdown that shows exactly as written: every
 * character that could start Markdown or HTML, or end a table cell, becomes a character reference, which
 * CommonMark and GitHub render as the plain character both in Markdown and inside HTML such as `<summary>`.
 * Line breaks become `<br>` so a message stays in its table cell; other control characters become U+FFFD.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
    .replace(/[&<>\\`*_[\]|~$]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `&#${c.charCodeAt(0)};`))
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * For `$GITHUB_STEP_SUMMARY` and pull-request comments: a summary table with one row per connector, then a folded
 * `<details>` section per connector with findings. Detail is cut, with a visible note, to keep the whole output
 * under `maxBytes` (GitHub's 1 MiB summary limit by default).
 */
export function createMarkdownReporter(options: { maxBytes?: number } = {}): Reporter {
  const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_LIMIT;
  return (report) => {
    const out = new Budget(maxBytes - NOTE_ROOM);
    out.force(`## ${escapeMarkdown(report.tool.name)}\n\n**${totalsLine(report)}**\n\n`);
    out.force('| Connector | Program | Errors | Warnings | Result |\n| --- | --- | ---: | ---: | --- |\n');
    let rowsLeft = report.connectors.length;
    for (const c of report.connectors) {
      if (!out.add(summaryRow(c))) break;
      rowsLeft--;
    }
    if (rowsLeft > 0) {
      out.force(`\n**Truncated:** ${plural(rowsLeft, 'more connector')} not listed, to keep this summary under GitHub's 1 MiB limit. ${FULL_LIST}\n`);
      return out.text;
    }

    let hiddenFindings = 0;
    let hiddenConnectors = 0;
    for (const c of report.connectors) {
      if (c.findings.length === 0) continue;
      if (hiddenConnectors > 0 || hiddenFindings > 0) {
        hiddenConnectors++;
        hiddenFindings += c.findings.length;
        continue;
      }
      const head = `\n<details>\n<summary>${sectionTitle(c)}</summary>\n\n| Location | Severity | Rule | Message | Fix |\n| --- | --- | --- | --- | --- |\n`;
      const tail = '\n</details>\n';
      if (!out.fits(head + findingRow(c.findings[0]) + tail)) {
        hiddenConnectors++;
        hiddenFindings += c.findings.length;
        continue;
      }
      out.add(head);
      let shown = 0;
      for (const f of c.findings) {
        if (!out.fits(findingRow(f) + tail)) break;
        out.add(findingRow(f));
        shown++;
      }
      const rest = c.findings.length - shown;
      if (rest > 0) {
        hiddenFindings += rest;
        out.force(`\n_${plural(rest, 'more finding')} of this connector not shown._\n`);
      }
      out.force(tail);
    }
    if (hiddenFindings > 0) {
      const left = hiddenConnectors > 0 ? ` (the details of ${plural(hiddenConnectors, 'connector')} are left out)` : '';
      out.force(`\n**Truncated:** ${plural(hiddenFindings, 'finding')} not shown${left}, to keep this summary under GitHub's 1 MiB limit. ${FULL_LIST}\n`);
    }
    return out.text;
  };
}

const FULL_LIST = 'The full list is in the `stylish`, `json` or `sarif` output of the same run.';

export const markdown: Reporter = createMarkdownReporter();

function summaryRow(c: ConnectorReport): string {
  const errors = countSeverity(c.findings, 'error');
  const warnings = countSeverity(c.findings, 'warning');
  return `| ${escapeMarkdown(c.path)} | ${c.program} | ${errors} | ${warnings} | ${verdict(c, warnings)} |\n`;
}

function verdict(c: ConnectorReport, warnings: number): string {
  if (!c.passed) return '❌ FAIL';
  return warnings > 0 ? '⚠️ PASS' : '✅ PASS';
}

function sectionTitle(c: ConnectorReport): string {
  const counts = `${plural(countSeverity(c.findings, 'error'), 'error')}, ${plural(countSeverity(c.findings, 'warning'), 'warning')}`;
  return `${c.passed ? 'PASS' : 'FAIL'} · <b>${escapeMarkdown(c.path)}</b> · ${escapeMarkdown(c.title)} · ${c.program} · ${counts}`;
}

function findingRow(f: Finding): string {
  const rule = `[${escapeMarkdown(f.rule)}](${docsUrl(encodeURIComponent(f.rule))})`;
  return `| ${escapeMarkdown(fileLocation(f))} | ${f.severity} | ${rule} | ${escapeMarkdown(clip(f.message))} | ${escapeMarkdown(clip(f.fix))} |\n`;
}

/** A message can quote a whole value from a connector file; one finding must not take the room of all the others. */
export const MAX_CELL_CHARS = 2000;

function clip(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_CELL_CHARS - 2]) ? MAX_CELL_CHARS - 2 : MAX_CELL_CHARS - 1; // keep surrogate pairs whole
  return `${text.slice(0, end)}…`;
}

/** Text that grows only while it stays within a byte budget; `force` adds notes from the room kept for them. */
class Budget {
  text = '';
  private bytes = 0;

  constructor(private readonly limit: number) {}

  fits(more: string): boolean {
    return this.bytes + Buffer.byteLength(more) <= this.limit;
  }

  add(more: string): boolean {
    if (!this.fits(more)) return false;
    this.force(more);
    return true;
  }

  force(more: string): void {
    this.text += more;
    this.bytes += Buffer.byteLength(more);
  }
}
