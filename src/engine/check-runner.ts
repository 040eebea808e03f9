import type { Finding } from '../model/finding';
import type { CheckRule } from '../model/rule';
import type { CheckReport, ConnectorContext, JsonFile } from './context';
import { INTERNAL_ERROR } from './internal-error';
import { locate } from './locate';
import { toPointer } from './pointer';

/** Runs the TypeScript checks on one connector; a check that throws becomes an internal-error finding. */
export async function runChecks(checks: CheckRule[], connector: ConnectorContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const check of checks) {
    const report = (r: CheckReport) => findings.push(toFinding(check, connector, r));
    try {
      await check.run(connector, report);
    } catch (error) {
      findings.push({
        rule: INTERNAL_ERROR.id,
        severity: 'error',
        file: check.file,
        message: `Rule ${check.id} failed: ${(error as Error)?.message ?? String(error)}`,
        fix: INTERNAL_ERROR.fix,
      });
    }
  }
  return findings;
}

function jsonFileNamed(connector: ConnectorContext, name: string): JsonFile | undefined {
  return [connector.swagger, connector.apiProperties, connector.settings].find((f) => f?.name === name);
}

function toFinding(check: CheckRule, connector: ConnectorContext, r: CheckReport): Finding {
  const finding: Finding = { rule: check.id, severity: check.severity, file: r.file, message: r.message, fix: check.fix };
  if (r.path) {
    finding.pointer = toPointer(r.path);
    const range = locate(jsonFileNamed(connector, r.file)?.document, r.path);
    if (range && r.line === undefined) {
      finding.line = range.start.line + 1;
      finding.column = range.start.character + 1;
    }
  }
  if (r.line !== undefined) finding.line = r.line;
  if (r.column !== undefined) finding.column = r.column;
  return finding;
}
