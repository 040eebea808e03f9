import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../../catalog';
import { diffSwaggers } from '../../diff/compare';
import { swaggerFromBytes, SWAGGER_FILE, type SwaggerVersion } from '../../diff/document';
import { Suppressions } from '../../config/suppressions';
import { BREAKING_RULES } from '../../diff/rules';
import { loadFolder } from '../../engine/load-connector';
import { LIMITS } from '../../engine/limits';
import { detectProgram } from '../../engine/program';
import { summarize, type ConnectorReport, type Report } from '../../model/report';
import { TOOL } from '../../tool';
import { EXIT, UsageError } from '../exit';
import { parseMaxProblems, writeOutputs, type OutputTarget } from '../outputs';

export interface DiffCommandOptions {
  /** Formats and where each goes (from -f/--format and -o/--output, as for lint: see pairOutputs). */
  outputs: OutputTarget[];
  rule?: string[];
  maxProblems?: string;
  quiet?: boolean;
  /** `-c <file>`: this configuration; `false` (`--no-config`): no configuration or ignore file. */
  config?: string | boolean;
}

/**
 * `connector-precheck diff <base> <head>`: the breaking changes from one version of a connector to the next, as a
 * report with one connector (head). The configuration and ignore file found from the head folder apply as in lint,
 * so a breaking change acknowledged in the ignore file shows as acknowledged. Exit 0 when no connector fails, 1 when
 * it does, 2 on a usage or configuration problem.
 */
export async function diffCommand(base: string, head: string, options: DiffCommandOptions, cwd: string = process.cwd()): Promise<number> {
  const catalog = new Catalog();
  const maxProblems = parseMaxProblems(options.maxProblems);
  const known = new Set(BREAKING_RULES.map((r) => r.id));
  for (const id of options.rule ?? []) {
    if (!known.has(id)) throw new UsageError(`"${id}" is not a breaking-change rule. Run "connector-precheck rules" to list them.`);
  }
  const before = loadVersion(base, 'base', cwd);
  const after = loadVersion(head, 'head', cwd);
  const suppressions =
    options.config === false ? undefined : new Suppressions(catalog, { configFile: typeof options.config === 'string' ? path.resolve(cwd, options.config) : undefined });
  suppressions?.prepare([after.dir]);
  const findings = diffSwaggers(before.version, after.version, { rules: options.rule ? new Set(options.rule) : undefined });
  const { program } = detectProgram(after.dir, apiPropertiesOf(after.dir), undefined);
  const compared: ConnectorReport = {
    path: displayPath(cwd, after.dir),
    title: titleOf(after.version.data) ?? path.basename(after.dir),
    program,
    passed: !findings.some((f) => f.severity === 'error'),
    findings,
  };
  const connector = suppressions ? suppressions.apply(compared, after.dir) : compared;
  // Only entries for the rules this comparison ran can be unused; the others are for lint.
  const ran = new Set(options.rule ?? [...known]);
  const unusedIgnores = (suppressions?.unusedIgnores(cwd) ?? []).filter((u) => ran.has(u.rule));
  const report: Report = { tool: TOOL, summary: summarize([connector]), connectors: [connector], ...(unusedIgnores.length > 0 ? { unusedIgnores } : {}) };
  writeOutputs(report, options.outputs, { catalog, cwd, maxProblems, quiet: options.quiet });
  return report.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}

/** A connector folder or a swagger file, read and parsed; a usage error when it cannot be compared. */
function loadVersion(input: string, role: 'base' | 'head', cwd: string): { version: SwaggerVersion; dir: string } {
  const target = path.resolve(cwd, input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new UsageError(`The ${role} "${input}" does not exist.`);
  }
  let file = target;
  let dir = path.dirname(target);
  if (stat.isDirectory()) {
    dir = target;
    const name = fs.readdirSync(target).find((n) => n.toLowerCase() === SWAGGER_FILE.toLowerCase());
    if (!name) throw new UsageError(`The ${role} folder "${input}" has no ${SWAGGER_FILE}.`);
    file = path.join(target, name);
  }
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > LIMITS.maxJsonBytes) throw new UsageError(`The ${role} swagger "${input}" is over ${LIMITS.maxJsonBytes / 1048576} MB.`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`The ${role} swagger "${input}" cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const parsed = swaggerFromBytes(bytes, path.basename(file));
  if (!parsed.version) {
    const at = parsed.problem.line !== undefined ? `:${parsed.problem.line}:${parsed.problem.column ?? 1}` : '';
    const where = `${displayPath(cwd, file)}${at}`;
    throw new UsageError(`The ${role} swagger ${where} cannot be compared: ${parsed.problem.message} ("connector-precheck lint" reports it.)`);
  }
  return { version: parsed.version, dir };
}

/** apiProperties.json of the head folder, when there is one (it can tell the program outside the program trees). */
function apiPropertiesOf(dir: string) {
  const hasProps = fs.readdirSync(dir).some((n) => n.toLowerCase() === 'apiproperties.json');
  return hasProps ? loadFolder(dir).apiProperties : undefined;
}

function titleOf(swagger: unknown): string | undefined {
  const title = (swagger as { info?: { title?: unknown } } | undefined)?.info?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  if (path.isAbsolute(relative)) return target.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
