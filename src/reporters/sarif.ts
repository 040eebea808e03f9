import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrl } from '../engine/docs-url';
import type { Finding, Severity } from '../model/finding';
import type { ConnectorReport, Report, UnusedIgnore } from '../model/report';
import type { RuleMeta } from '../model/rule';
import { fingerprint, findingPath, HOMEPAGE, ignoreFilePath, suppressedTotal, unusedIgnoreText } from './common';
import { escapeMarkdown } from './markdown';
import type { Reporter } from './types';

/** The parts of SARIF 2.1.0 this writer emits (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
  /** Present only when an ignore-file entry matched nothing: one configuration notification per entry. */
  invocations?: SarifInvocation[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  /** Present only when something was suppressed or an ignore-file entry matched nothing. */
  properties?: {
    /** Findings the configuration or ignore file suppressed: counted here, not reported as results. */
    suppressed: number;
    suppressedPerConnector: Record<string, number>;
    /** As in the JSON report, the file relative to the working directory when it is inside it. */
    unusedIgnores: UnusedIgnore[];
  };
}

export interface SarifInvocation {
  executionSuccessful: true;
  toolConfigurationNotifications: Array<{
    descriptor: { id: string };
    level: 'warning';
    message: { text: string };
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>;
  }>;
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { severity: Severity; programs: string[]; validatorCodes: string[]; tags: string[]; criterionUrl?: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region?: { startLine: number; startColumn?: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
  /** An acknowledged breaking change: accepted in the ignore file, with the reason as justification. */
  suppressions?: Array<{ kind: 'external'; status: 'accepted'; justification: string }>;
  properties: { connector: string; program: string; pointer?: string; fix: string; acknowledged?: string };
}

type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every relative artifact URI is resolved against: the working directory of the run. */
export const SRCROOT = '%SRCROOT%';
/** Key of our fingerprint in `partialFingerprints`; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'connectorPrecheck/v1';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning, Azure DevOps and SARIF viewers: rules from the catalog, one result per finding
 * (an acknowledged breaking change carries an accepted external suppression with its reason). Suppressed findings are
 * not results, so that no viewer shows them as open alerts: their counts are in the run's properties. Ignore-file
 * entries that match nothing are configuration notifications of the run's invocation, and listed in its properties.
 */
export const sarif: Reporter = (report, { catalog, cwd }) => {
  const rules: SarifRule[] = catalog.all().map(ruleDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: SarifResult[] = [];
  for (const connector of report.connectors) {
    for (const f of connector.findings) {
      if (!index.has(f.rule)) {
        // A finding of a rule the catalog does not know (should not happen): still described, so ruleIndex is valid.
        index.set(f.rule, rules.length);
        rules.push(ruleDescriptor(unknownRule(f)));
      }
      results.push(result(connector, f, index.get(f.rule)!));
    }
  }
  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOMEPAGE,
            rules,
          },
        },
        ...invocations(report, cwd),
        ...(cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
        ...runProperties(report, cwd),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function invocations(report: Report, cwd: string | undefined): Pick<SarifRun, 'invocations'> {
  const unused = report.unusedIgnores ?? [];
  if (unused.length === 0) return {};
  return {
    invocations: [
      {
        executionSuccessful: true,
        toolConfigurationNotifications: unused.map((u) => ({
          descriptor: { id: 'unused-ignore-entry' },
          level: 'warning' as const,
          message: { text: unusedIgnoreText(u, cwd) },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(ignoreFilePath(u, cwd)) } }],
        })),
      },
    ],
  };
}

function runProperties(report: Report, cwd: string | undefined): Pick<SarifRun, 'properties'> {
  const suppressed = suppressedTotal(report);
  const unused = report.unusedIgnores ?? [];
  if (suppressed === 0 && unused.length === 0) return {};
  const perConnector = Object.fromEntries(report.connectors.filter((c) => c.suppressed?.length).map((c) => [c.path, c.suppressed!.length]));
  const unusedIgnores = unused.map((u) => ({ ...u, file: ignoreFilePath(u, cwd) }));
  return { properties: { suppressed, suppressedPerConnector: perConnector, unusedIgnores } };
}

function ruleDescriptor(meta: RuleMeta): SarifRule {
  const docs = docsUrl(meta.id);
  const codes = meta.validatorCodes ?? [];
  const markdown = [
    `**How to fix:** ${escapeMarkdown(meta.fix)}`,
    `**Criterion:** ${escapeMarkdown(meta.criterion.text)}${meta.criterion.url ? ` ([source](${meta.criterion.url}))` : ''}`,
    ...(codes.length ? [`**Microsoft validator:** ${codes.map(escapeMarkdown).join(', ')}`] : []),
    `[Rule documentation](${docs})`,
  ].join('\n\n');
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.criterion.text },
    helpUri: docs,
    help: { text: meta.fix, markdown },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: {
      severity: meta.severity,
      programs: [...meta.programs],
      validatorCodes: [...codes],
      tags: ['connector-precheck', ...meta.programs],
      ...(meta.criterion.url ? { criterionUrl: meta.criterion.url } : {}),
    },
  };
}

function unknownRule(f: Finding): RuleMeta {
  return {
    id: f.rule,
    severity: f.severity,
    programs: [],
    file: f.file,
    description: f.rule,
    criterion: { text: f.rule, url: '', rows: [] },
    fix: f.fix,
  };
}

function result(connector: ConnectorReport, f: Finding, ruleIndex: number): SarifResult {
  const region = f.line !== undefined ? { startLine: f.line, ...(f.column !== undefined ? { startColumn: f.column } : {}) } : undefined;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.acknowledged !== undefined ? `${f.message} Acknowledged: ${f.acknowledged}` : f.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(findingPath(connector, f)), ...(region ? { region } : {}) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(connector, f) },
    ...(f.acknowledged !== undefined ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: f.acknowledged }] } : {}),
    properties: {
      connector: connector.path,
      program: connector.program,
      ...(f.pointer !== undefined ? { pointer: f.pointer } : {}),
      fix: f.fix,
      ...(f.acknowledged !== undefined ? { acknowledged: f.acknowledged } : {}),
    },
  };
}

/** A relative path becomes a relative URI against %SRCROOT%; a path outside the working directory a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // Each segment percent-encoded: spaces, `#`, `?`, `%` and non-ASCII characters are not allowed in a URI as they are.
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
