import * as fs from 'node:fs';
import Ajv from 'ajv';
import { Catalog } from '../../catalog';
import { mergeReports, type Report } from '../../model/report';
import { REPORTERS } from '../../reporters';
import { PACKAGE_ROOT, TOOL } from '../../tool';
import { EXIT, UsageError } from '../exit';
import * as path from 'node:path';

/** Reads JSON reports of shards and prints them as one report in any format. Exit code as for lint. */
export function mergeCommand(files: string[], options: { format: string }): number {
  const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'schemas', 'report.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: false }).compile(schema);
  const reports: Report[] = files.map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${file} is not a readable JSON report: ${(error as Error).message}`);
    }
    if (!validate(data)) throw new UsageError(`${file} is not a connector-precheck JSON report (${validate.errors?.[0]?.instancePath || '/'} ${validate.errors?.[0]?.message}).`);
    return data as Report;
  });
  let merged: Report;
  try {
    merged = { ...mergeReports(reports), tool: TOOL };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  process.stdout.write(REPORTERS[options.format](merged, { catalog: new Catalog(), color: false }));
  return merged.summary.failed > 0 ? EXIT.findings : EXIT.ok;
}
