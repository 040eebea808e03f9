import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { Catalog } from '../../catalog';
import type { Finding } from '../../model/finding';
import { minimatch } from 'minimatch';
import { mergeReports, type ConnectorReport, type Report, type UnusedIgnore } from '../../model/report';
import { PACKAGE_ROOT, TOOL } from '../../tool';
import { EXIT, UsageError } from '../exit';
import { parseMaxProblems, writeOutputs, type OutputTarget } from '../outputs';

export interface MergeCommandOptions {
  /** Formats and where each goes (from -f/--format and -o/--output, as for lint: see pairOutputs). */
  outputs: OutputTarget[];
  maxProblems?: string;
  quiet?: boolean;
}

/**
 * `connector-precheck merge <json-reports...>`: reads the JSON reports of the shards of one run (`lint --shard i/n
 * -f json -o part-i.json`) and writes them as one report in any formats, as lint would have. Exit code as for lint:
 * 0 every connector passed, 1 some connector failed, 2 a file that is not a JSON report, or shards that overlap.
 */
export function mergeCommand(files: string[], options: MergeCommandOptions, cwd: string = process.cwd()): number {
  const maxProblems = parseMaxProblems(options.maxProblems);
  const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'schemas', 'report.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: false }).compile(schema);
  const reports: Report[] = files.map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8'));
    } catch (error) {
      throw new UsageError(`${file} is not a readable JSON report: ${(error as Error).message}`);
    }
    if (!validate(data)) {
      const e = validate.errors?.[0];
      throw new UsageError(`${file} is not a connector-precheck JSON report (${e?.instancePath || '/'} ${e?.message}); write one with "lint --format json".`);
    }
    return data as Report;
  });
  let merged: Report;
  try {
    merged = { ...mergeReports(reports), tool: TOOL };
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Give each shard's report once, and shards of one run (--shard i/n with the same n).`);
  }
  const unusedIgnores = mergeUnusedIgnores(reports);
  if (unusedIgnores.length > 0) merged.unusedIgnores = unusedIgnores;
  writeOutputs(merged, options.outputs, { catalog: new Catalog(), cwd, maxProblems, quiet: options.quiet });
  return merged.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * The ignore-file entries that match nothing in the whole run. Each shard lists the entries that matched none of its
 * own connectors; an entry whose connector glob spans several shards may have been used by another shard, which then
 * does not list it. So an entry is dropped when a shard that leaves it out accepted, through the ignore file, a
 * finding of the entry's rule in a connector its glob may cover: a stale entry may go unreported, a used one is never
 * reported as stale.
 */
export function mergeUnusedIgnores(reports: readonly Report[]): UnusedIgnore[] {
  const key = (u: UnusedIgnore) => `${u.file}\0${u.entry}`;
  const listedBy = reports.map((r) => new Set((r.unusedIgnores ?? []).map(key)));
  const out = new Map<string, UnusedIgnore>();
  for (const report of reports) {
    for (const u of report.unusedIgnores ?? []) {
      const k = key(u);
      if (out.has(k)) continue;
      const usedElsewhere = reports.some(
        (other, j) =>
          !listedBy[j].has(k) &&
          other.connectors.some((c) => mayCover(u.connector, c.path) && acceptedByIgnoreFile(c).some((f) => f.rule === u.rule)),
      );
      if (!usedElsewhere) out.set(k, u);
    }
  }
  return [...out.values()].sort((a, b) => a.file.localeCompare(b.file) || a.entry - b.entry);
}

/**
 * Whether an entry's connector glob (relative to the ignore file's folder) may cover a connector path (relative to the
 * working directory of the shard run). The ignore file is in a folder above the connector, so the path the glob is
 * matched against is the connector path or a tail of it; any tail that matches counts.
 */
function mayCover(glob: string, connectorPath: string): boolean {
  const segments = connectorPath.split('/').filter((s) => s !== '' && s !== '.');
  const pattern = glob.replace(/\/$/, '');
  for (let i = 0; i < segments.length; i++) {
    if (minimatch(segments.slice(i).join('/'), pattern, { dot: true })) return true;
  }
  return false;
}

function acceptedByIgnoreFile(c: ConnectorReport): Finding[] {
  return [...c.findings.filter((f) => f.acknowledged !== undefined), ...(c.suppressed ?? []).filter((f) => f.suppressedBy === 'ignore-file')];
}
