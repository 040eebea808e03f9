/** Severity of a finding. A connector passes when it has no `error`. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One problem found in a connector: the unit every reporter formats (JSON shape is public, see design.md). */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Relative to the connector folder, with `/`; the expected name for a missing file. */
  file: string;
  /** RFC 6901 pointer into a JSON file (of the missing key when a key is missing). */
  pointer?: string;
  /** 1-based; absent when unknown. */
  line?: number;
  column?: number;
  message: string;
  fix: string;
  /** Set when an ignore-file entry accepts a breaking change: the reason given. The finding stays, as `info`. */
  acknowledged?: string;
}

/** A finding switched off by the configuration or accepted by the ignore file: counted, not shown as a problem. */
export interface SuppressedFinding extends Finding {
  suppressedBy: 'config' | 'ignore-file';
  reason?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    (a.pointer ?? '').localeCompare(b.pointer ?? '') ||
    a.message.localeCompare(b.message)
  );
}
