import { docsUrl } from '../engine/docs-url';
import type { Finding } from '../model/finding';
import type { ConnectorReport, Report } from '../model/report';
import {
  connectorCounts,
  countSeverity,
  fileLocation,
  moreLine,
  plural,
  shownFindings,
  totalsLine,
  unusedIgnoreText,
  unusedIgnoresHeading,
} from './common';
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
 * For `$GITHUB_STEP_SUMMARY` and pull-request comments: a summary table with one row per connector (with a
 * Suppressed column when the configuration or ignore file suppressed anything), a section listing ignore-file entries
 * that match nothing, then a folded `<details>` section per connector with findings (an acknowledged breaking change
 * shows its reason in place of the fix). `--max-problems` and `--quiet` shorten each connector's list, with a note.
 * Detail is cut, with a visible note, to keep the whole output under `maxBytes` (GitHub's 1 MiB summary limit by
 * default).
 */
export function createMarkdownReporter(options: { maxBytes?: number } = {}): Reporter {
  const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_LIMIT;
  return (report, { cwd, maxProblems, quiet }) => {
    const out = new Budget(maxBytes - NOTE_ROOM);
    const withSuppressed = report.connectors.some((c) => (c.suppressed?.length ?? 0) > 0);
    out.force(`## ${escapeMarkdown(report.tool.name)}\n\n**${escapeMarkdown(totalsLine(report))}**\n\n`);
    out.force(
      withSuppressed
        ? '| Connector | Program | Errors | Warnings | Suppressed | Result |\n| --- | --- | ---: | ---: | ---: | --- |\n'
        : '| Connector | Program | Errors | Warnings | Result |\n| --- | --- | ---: | ---: | --- |\n',
    );
    let rowsLeft = report.connectors.length;
    for (const c of report.connectors) {
      if (!out.add(summaryRow(c, withSuppressed))) break;
      rowsLeft--;
    }
    if (rowsLeft > 0) {
      out.force(`\n**Truncated:** ${plural(rowsLeft, 'more connector')} not listed, to keep this summary under GitHub's 1 MiB limit. ${FULL_LIST}\n`);
      unusedSection(out, report, cwd);
      return out.text;
    }
    unusedSection(out, report, cwd);

    let hiddenFindings = 0;
    let hiddenConnectors = 0;
    for (const c of report.connectors) {
      const shown = shownFindings(c.findings, { maxProblems, quiet });
      if (shown.findings.length === 0 && shown.more === 0) continue;
      if (hiddenConnectors > 0 || hiddenFindings > 0) {
        hiddenConnectors++;
        hiddenFindings += shown.findings.length;
        continue;
      }
      const head = `\n<details>\n<summary>${sectionTitle(c)}</summary>\n\n| Location | Severity | Rule | Message | Fix |\n| --- | --- | --- | --- | --- |\n`;
      const tail = '\n</details>\n';
      if (!out.fits(head + (shown.findings.length > 0 ? findingRow(shown.findings[0]) : '') + tail)) {
        hiddenConnectors++;
        hiddenFindings += shown.findings.length;
        continue;
      }
      out.add(head);
      let listed = 0;
      for (const f of shown.findings) {
        if (!out.fits(findingRow(f) + tail)) break;
        out.add(findingRow(f));
        listed++;
      }
      const rest = shown.findings.length - listed;
      if (rest > 0) {
        hiddenFindings += rest;
        out.force(`\n_${plural(rest, 'more finding')} of this connector not shown._\n`);
      }
      if (shown.more > 0) out.force(`\n_${escapeMarkdown(moreLine(shown))}._\n`);
      out.force(tail);
    }
    if (hiddenFindings > 0) {
      const left = hiddenConnectors > 0 ? ` (the details of ${plural(hiddenConnectors, 'connector')} are left out)` : '';
      out.force(`\n**Truncated:** ${plural(hiddenFindings, 'finding')} not shown${left}, to keep this summary under GitHub's 1 MiB limit. ${FULL_LIST}\n`);
    }
    return out.text;
  };
}

/** Ignore-file entries that match nothing: a short section, so that stale entries are seen and removed. */
function unusedSection(out: Budget, report: Report, cwd: string | undefined): void {
  const unused = report.unusedIgnores ?? [];
  if (unused.length === 0) return;
  out.force(`\n### Unused ignore-file entries\n\n⚠️ ${unusedIgnoresHeading(unused.length)}:\n\n`);
  let listed = 0;
  for (const u of unused) {
    if (!out.add(`- ${escapeMarkdown(unusedIgnoreText(u, cwd))}\n`)) break;
    listed++;
  }
  if (listed < unused.length) out.force(`- … and ${unused.length - listed} more (see --format json)\n`);
}

const FULL_LIST = 'The full list is in the `stylish`, `json` or `sarif` output of the same run.';

export const markdown: Reporter = createMarkdownReporter();

function summaryRow(c: ConnectorReport, withSuppressed: boolean): string {
  const errors = countSeverity(c.findings, 'error');
  const warnings = countSeverity(c.findings, 'warning');
  const suppressed = withSuppressed ? ` ${c.suppressed?.length ?? 0} |` : '';
  return `| ${escapeMarkdown(c.path)} | ${c.program} | ${errors} | ${warnings} |${suppressed} ${verdict(c, warnings)} |\n`;
}

function verdict(c: ConnectorReport, warnings: number): string {
  if (!c.passed) return '❌ FAIL';
  return warnings > 0 ? '⚠️ PASS' : '✅ PASS';
}

function sectionTitle(c: ConnectorReport): string {
  return `${c.passed ? 'PASS' : 'FAIL'} · <b>${escapeMarkdown(c.path)}</b> · ${escapeMarkdown(c.title)} · ${c.program} · ${connectorCounts(c)}`;
}

function findingRow(f: Finding): string {
  const rule = `[${escapeMarkdown(f.rule)}](${docsUrl(encodeURIComponent(f.rule))})`;
  const severity = f.acknowledged !== undefined ? 'acknowledged' : f.severity;
  const fix = f.acknowledged !== undefined ? `Acknowledged: ${f.acknowledged}` : f.fix;
  return `| ${escapeMarkdown(fileLocation(f))} | ${severity} | ${rule} | ${escapeMarkdown(clip(f.message))} | ${escapeMarkdown(clip(fix))} |\n`;
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
