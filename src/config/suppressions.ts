import * as path from 'node:path';
import type { Catalog } from '../catalog';
import { displayPath } from '../engine/display-path';
import { compareFindings, type Finding, type SuppressedFinding } from '../model/finding';
import type { ConnectorReport, UnusedIgnore } from '../model/report';
import { CONFIG_FILES, loadConfig, settingFor, type Config } from './config';
import { findUpward } from './find-upward';
import { IGNORE_FILES, coversConnector, ignores, loadIgnoreFile, type IgnoreEntry } from './ignore-file';

export interface SuppressionOptions {
  /** Use this configuration file for every connector instead of searching upward. */
  configFile?: string;
  /** Neither search for nor use configuration or ignore files. */
  noConfig?: boolean;
}

/**
 * Applies the configuration (severity changes, rules switched off, overrides) and the ignore file to each
 * connector's findings, after linting, so that it works the same for Spectral rules and TypeScript checks. Suppressed
 * findings are kept and counted; ignore entries that match nothing are listed at the end.
 */
export class Suppressions {
  private readonly configs = new Map<string, Config | undefined>();
  private readonly ignoreFiles = new Map<string, IgnoreEntry[]>();
  private readonly configLookup = new Map<string, string | undefined>();
  private readonly ignoreLookup = new Map<string, string | undefined>();
  private readonly used = new Set<IgnoreEntry>();
  private readonly linted = new Set<IgnoreEntry>();

  constructor(private readonly catalog: Catalog, private readonly options: SuppressionOptions = {}) {}

  /** Loads every configuration the connectors need, so that a broken one stops the run before any linting. */
  prepare(connectorDirs: string[]): void {
    for (const dir of connectorDirs) {
      this.configFor(dir);
      this.ignoreEntriesFor(dir);
    }
  }

  private configFor(dir: string): Config | undefined {
    if (this.options.noConfig) return undefined;
    const file = this.options.configFile ? path.resolve(this.options.configFile) : findUpward(dir, CONFIG_FILES, this.configLookup);
    if (!file) return undefined;
    if (!this.configs.has(file)) this.configs.set(file, loadConfig(file, this.catalog));
    return this.configs.get(file);
  }

  private ignoreEntriesFor(dir: string): IgnoreEntry[] {
    if (this.options.noConfig) return [];
    const file = findUpward(dir, IGNORE_FILES, this.ignoreLookup);
    if (!file) return [];
    if (!this.ignoreFiles.has(file)) this.ignoreFiles.set(file, loadIgnoreFile(file, this.catalog));
    return this.ignoreFiles.get(file)!;
  }

  apply(report: ConnectorReport, connectorDir: string): ConnectorReport {
    const config = this.configFor(connectorDir);
    const entries = this.ignoreEntriesFor(connectorDir);
    for (const entry of entries) if (coversConnector(entry, connectorDir)) this.linted.add(entry);
    if (!config && entries.length === 0) return report;
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [...(report.suppressed ?? [])];
    for (const finding of report.findings) {
      const setting = config ? settingFor(config, finding.rule, path.join(connectorDir, finding.file), finding.pointer) : undefined;
      if (setting === 'off') {
        suppressed.push({ ...finding, suppressedBy: 'config' });
        continue;
      }
      const adjusted = setting ? { ...finding, severity: setting } : finding;
      const entry = entries.find((e) => ignores(e, connectorDir, adjusted));
      if (!entry) {
        findings.push(adjusted);
        continue;
      }
      this.used.add(entry);
      // A breaking change accepted with a reason stays visible as acknowledged; other accepted findings are counted.
      if (finding.rule.startsWith('breaking-')) findings.push({ ...adjusted, severity: 'info', acknowledged: entry.reason });
      else suppressed.push({ ...adjusted, suppressedBy: 'ignore-file', reason: entry.reason });
    }
    findings.sort(compareFindings);
    return {
      ...report,
      passed: !findings.some((f) => f.severity === 'error'),
      findings,
      ...(suppressed.length > 0 ? { suppressed } : {}),
    };
  }

  /** Entries whose connectors were linted in this run but that matched no finding. */
  unusedIgnores(cwd: string): UnusedIgnore[] {
    return [...this.linted]
      .filter((e) => !this.used.has(e))
      .map((e) => ({ file: displayPath(cwd, path.resolve(e.source)), entry: e.index + 1, connector: e.connector, rule: e.rule }));
  }
}
