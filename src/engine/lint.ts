import * as path from 'node:path';
import { Catalog } from '../catalog';
import { compareFindings, type Finding } from '../model/finding';
import type { Program } from '../model/program';
import type { ConnectorReport } from '../model/report';
import { appliesTo, type CheckRule, type JsonDocumentKind, type Rule } from '../model/rule';
import { runChecks } from './check-runner';
import type { ConnectorContext, JsonFile } from './context';
import { loadFolder } from './load-connector';
import { displayPath } from './display-path';
import { detectProgram } from './program';
import { SpectralRunner } from './spectral-runner';

export interface LintOptions {
  /** Overrides the program detected from the folder. */
  program?: Program;
  /** Run only these rules (tests, `--rule`). */
  only?: ReadonlySet<string>;
  /** Directory that displayed paths are relative to. */
  cwd?: string;
  /** The rules to run; defaults to every registered rule. */
  rules?: Rule[];
}

/**
 * Lints one connector folder at a time (src/engine/run.ts runs it on worker threads for many). Rule sets are built
 * once per Linter and shared by every connector it lints.
 */
export class Linter {
  readonly catalog: Catalog;
  private readonly spectral: SpectralRunner;
  private readonly checks: CheckRule[];
  private readonly cwd: string;

  constructor(private readonly options: LintOptions = {}) {
    this.catalog = new Catalog(options.rules);
    const selected = this.catalog.rules.filter((r) => !options.only || options.only.has(r.id));
    this.spectral = new SpectralRunner(selected.filter((r) => r.kind === 'spectral'));
    this.checks = selected.filter((r): r is CheckRule => r.kind === 'check');
    this.cwd = options.cwd ?? process.cwd();
  }

  /** Builds the rule sets ahead of the first connector (their one-time set-up is most of a cold start). */
  warmUp(): void {
    this.spectral.prepare(this.options.program ?? 'verified');
  }

  async lintConnector(dir: string): Promise<ConnectorReport> {
    const absolute = path.resolve(this.cwd, dir);
    const folder = loadFolder(absolute);
    const { program, source } = detectProgram(absolute, folder.apiProperties, this.options.program);
    const connector: ConnectorContext = { dir: absolute, path: displayPath(this.cwd, absolute), program, programSource: source, ...folder };
    const findings: Finding[] = [];
    const documents: Array<[JsonDocumentKind, JsonFile | undefined]> = [
      ['swagger', connector.swagger],
      ['apiProperties', connector.apiProperties],
      ['settings', connector.settings],
    ];
    for (const [kind, file] of documents) {
      if (file) findings.push(...(await this.spectral.lint(file, kind, program)));
    }
    findings.push(...(await runChecks(this.checks.filter((c) => appliesTo(c, program)), connector)));
    findings.sort(compareFindings);
    return {
      path: connector.path,
      title: titleOf(connector),
      program,
      passed: !findings.some((f) => f.severity === 'error'),
      findings,
    };
  }
}

function titleOf(connector: ConnectorContext): string {
  const title = (connector.swagger?.data as { info?: { title?: unknown } } | undefined)?.info?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : path.basename(connector.dir);
}
