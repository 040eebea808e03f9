import * as path from 'node:path';
import { breakingChangesAgainstBase } from '../diff';
import { changedConnectors, repoRoot, type ChangedConnectors } from '../git';
import { compareFindings, type Finding } from '../model/finding';
import type { ConnectorReport } from '../model/report';
import { CONFIG_FILES } from '../config/config';
import { IGNORE_FILES } from '../config/ignore-file';
import { PR_BREAKING_CHECK_SKIPPED, PR_FILES_OUTSIDE_CONNECTORS, PR_ONE_CONNECTOR } from './rules';

const OWN_FILES = new Set<string>([...CONFIG_FILES, ...IGNORE_FILES]);

/** The report entry that holds findings about the pull request as a whole. */
export const PULL_REQUEST_PATH = '(pull request)';

/** The connectors changed since the merge base of `ref` and HEAD (absolute folders, deleted ones left out). */
export function changedSince(cwd: string, ref: string): { changes: ChangedConnectors; dirs: Set<string> } {
  const changes = changedConnectors(repoRoot(cwd), ref);
  const dirs = new Set(changes.connectors.filter((c) => !c.deleted).map((c) => path.resolve(c.absolute)));
  return { changes, dirs };
}

/** Adds each changed connector's breaking changes (base read with git) to its report. */
export function addBreakingChanges(reports: ConnectorReport[], dirs: string[], changes: ChangedConnectors): ConnectorReport[] {
  return reports.map((report, i) => {
    const connector = changes.connectors.find((c) => path.resolve(c.absolute) === dirs[i]);
    if (!connector) return report;
    const comparison = breakingChangesAgainstBase(changes, connector);
    const findings = [...report.findings, ...comparison.findings];
    if (comparison.reason === 'new' || comparison.reason === 'invalid') {
      findings.push({ rule: PR_BREAKING_CHECK_SKIPPED.id, severity: 'info', file: 'apiDefinition.swagger.json', message: comparison.skipped!, fix: PR_BREAKING_CHECK_SKIPPED.fix });
    }
    findings.sort(compareFindings);
    return { ...report, findings, passed: !findings.some((f) => f.severity === 'error') };
  });
}

/** The pull-request scope entry: several connectors changed, or files outside any connector. Undefined when clean. */
export function pullRequestScope(changes: ChangedConnectors): ConnectorReport | undefined {
  const findings: Finding[] = [];
  const touched = changes.connectors.map((c) => c.dir);
  if (touched.length > 1) {
    findings.push({
      rule: PR_ONE_CONNECTOR.id,
      severity: PR_ONE_CONNECTOR.severity,
      file: '.',
      message: `The pull request changes ${touched.length} connectors: ${touched.join(', ')}.`,
      fix: PR_ONE_CONNECTOR.fix,
    });
  }
  // connector-precheck's own configuration and ignore files may travel with the change they configure.
  for (const file of changes.outside.filter((f) => !OWN_FILES.has(path.posix.basename(f.path)))) {
    findings.push({
      rule: PR_FILES_OUTSIDE_CONNECTORS.id,
      severity: PR_FILES_OUTSIDE_CONNECTORS.severity,
      file: file.path,
      message: `${file.path} is ${file.status} but belongs to no connector folder.`,
      fix: PR_FILES_OUTSIDE_CONNECTORS.fix,
    });
  }
  if (findings.length === 0) return undefined;
  return { path: PULL_REQUEST_PATH, title: 'Pull request scope', program: 'unknown', passed: !findings.some((f) => f.severity === 'error'), findings };
}
