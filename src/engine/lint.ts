import * as path from 'node:path';
import { Catalog } from '../catalog';
import { compareFindings, type Finding } from '../model/finding';
import type { Program } from '../model/program';
import { summarize, type ConnectorReport, type Report } from '../model/report';
import { appliesTo, type CheckRule, type JsonDocumentKind, type Rule } from '../model/rule';
import { TOOL } from '../tool';
import { runChecks } from './check-runner';
import type { ConnectorContext, JsonFile } from './context';
import { discoverConnectors } from './discover';
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

/** Lints connector folders. Rule sets are built once per Linter and shared by every connector. */
export class Linter {
  readonly catalog: Catalog;
  private readonly spectral: SpectralRunner;
  private readonly cwd: string;

  constructor(private readonly options: LintOptions = {}) {
    this.catalog = new Catalog(options.rules);
    const selected = this.catalog.rules.filter((r) => !options.only || options.only.has(r.id));
    this.spectral = new SpectralRunner(selected.filter((r) => r.kind === 'spectral'));
    this.checks = selected.filter((r): r is CheckRule => r.kind === 'check');
    this.cwd = options.cwd ?? process.cwd();
  }

  private readonly checks: CheckRule[];

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

  async lint(inputs: string[]): Promise<Report> {
    const dirs = await discoverConnectors(inputs, this.cwd);
    const connectors: ConnectorReport[] = [];
    for (const dir of dirs) connectors.push(await this.lintConnector(dir));
    return { tool: TOOL, summary: summarize(connectors), connectors };
  }
}

function titleOf(connector: ConnectorContext): string {
  const title = (connector.swagger?.data as { info?: { title?: unknown } } | undefined)?.info?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : path.basename(connector.dir);
}
