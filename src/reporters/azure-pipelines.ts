import type { Finding } from '../model/finding';
import type { ConnectorReport, UnusedIgnore } from '../model/report';
import { allFindings, findingPath, ignoreFilePath, pathLocation, totalsLine, unusedIgnoreText } from './common';
import type { Reporter } from './types';

/** Logging-command data: `%` as `%AZP25`, CR and LF as `%0D` and `%0A` (the agent decodes them back). */
export function escapeAzureData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Logging-command property values: as data, plus `;` (ends a property) and `]` (ends the property list). */
export function escapeAzureProperty(text: string): string {
  return escapeAzureData(text).replace(/;/g, '%3B').replace(/]/g, '%5D');
}

/**
 * A plain log line must not carry a logging command: the agent acts on `##vso[` anywhere in a line. Line breaks
 * become spaces and the bracket of any `##vso[` is encoded.
 */
function plainText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/##vso\[/gi, (m) => `${m.slice(0, -1)}%5B`);
}

/**
 * Azure Pipelines logging commands, as Microsoft's own connector pipeline writes them: one
 * `##vso[task.logissue type=error|warning;sourcepath=…;linenumber=…;columnnumber=…;code=<rule>]message` per finding
 * (info findings, which Azure has no issue type for, and acknowledged breaking changes with their reason, as plain
 * log lines; with `--quiet`, errors only), one warning per ignore-file entry that matches nothing, the totals line,
 * then `##vso[task.complete result=Succeeded|SucceededWithIssues|Failed;]`. Suppressed findings are only counted.
 */
export const azurePipelines: Reporter = (report, { cwd, quiet }) => {
  const lines = allFindings(report)
    .filter(({ finding }) => !quiet || finding.severity === 'error')
    .map(({ connector, finding }) => issue(connector, finding));
  const unused = report.unusedIgnores ?? [];
  lines.push(...unused.map((u) => unusedIssue(u, cwd)));
  lines.push(totalsLine(report));
  const s = report.summary;
  const result = s.failed > 0 ? 'Failed' : s.warnings > 0 || unused.length > 0 ? 'SucceededWithIssues' : 'Succeeded';
  lines.push(`##vso[task.complete result=${result};]`);
  return lines.join('\n') + '\n';
};

function issue(connector: ConnectorReport, f: Finding): string {
  if (f.acknowledged !== undefined) {
    return plainText(`acknowledged: ${pathLocation(connector, f)} ${f.rule}: ${f.message} Reason: ${f.acknowledged}`);
  }
  const text = `${f.message} Fix: ${f.fix}`;
  if (f.severity === 'info') {
    return plainText(`info: ${pathLocation(connector, f)} ${f.rule}: ${text}`);
  }
  const properties = [`type=${f.severity}`, `sourcepath=${escapeAzureProperty(findingPath(connector, f))}`];
  if (f.line !== undefined) properties.push(`linenumber=${f.line}`);
  if (f.line !== undefined && f.column !== undefined) properties.push(`columnnumber=${f.column}`);
  properties.push(`code=${escapeAzureProperty(f.rule)}`);
  return `##vso[task.logissue ${properties.join(';')}]${escapeAzureData(text)}`;
}

/** An ignore-file entry that matches nothing: a warning on the ignore file. */
function unusedIssue(u: UnusedIgnore, cwd: string | undefined): string {
  const properties = ['type=warning', `sourcepath=${escapeAzureProperty(ignoreFilePath(u, cwd))}`, 'code=unused-ignore-entry'];
  return `##vso[task.logissue ${properties.join(';')}]${escapeAzureData(unusedIgnoreText(u, cwd))}`;
}
