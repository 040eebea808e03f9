import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Linter } from '../../src/engine/lint';
import type { Finding } from '../../src/model/finding';
import type { Program } from '../../src/model/program';
import type { Rule } from '../../src/model/rule';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');
export const GOOD = {
  verified: path.join(FIXTURES, 'certified-connectors', 'Contoso Tasks'),
  independent: path.join(FIXTURES, 'independent-publisher-connectors', 'TideTables'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type JsonEdit = (doc: Json) => void | string;

/** A connector built from a good fixture with one change: the unit of every rule test. */
export interface CaseSpec {
  /** Which good fixture to start from, and the program tree it is placed in (default verified). */
  program?: Program;
  /** Put the folder outside the program trees (program then comes from apiProperties.json or --program). */
  outsideProgramTree?: boolean;
  /** Edit the parsed swagger in place, or return the raw text to write instead. */
  swagger?: JsonEdit;
  apiProperties?: JsonEdit;
  readme?: (text: string) => string;
  script?: (text: string) => string;
  /** Add (string or bytes) or delete (null) files, by name relative to the connector folder. */
  files?: Record<string, string | Buffer | null>;
  /** Extra rules to run (for engine tests). */
  rules?: Rule[];
}

/** Builds the case in a temporary folder, lints it with only `ruleIds`, and returns the findings. */
export async function lintCase(ruleIds: string | string[], spec: CaseSpec = {}): Promise<Finding[]> {
  const program = spec.program ?? 'verified';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-case-'));
  const tree = spec.outsideProgramTree ? 'connectors' : program === 'verified' ? 'certified-connectors' : 'independent-publisher-connectors';
  const dir = path.join(root, tree, 'Case');
  try {
    fs.cpSync(GOOD[program], dir, { recursive: true });
    editJson(path.join(dir, 'apiDefinition.swagger.json'), spec.swagger);
    editJson(path.join(dir, 'apiProperties.json'), spec.apiProperties);
    editText(path.join(dir, 'readme.md'), spec.readme);
    editText(path.join(dir, 'script.csx'), spec.script);
    for (const [name, content] of Object.entries(spec.files ?? {})) {
      const file = path.join(dir, name);
      if (content === null) fs.rmSync(file, { recursive: true, force: true });
      else {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
      }
    }
    const only = new Set(Array.isArray(ruleIds) ? ruleIds : [ruleIds]);
    const linter = new Linter({ only, cwd: root, ...(spec.rules ? { rules: spec.rules } : {}) });
    const report = await linter.lintConnector(dir);
    return report.findings;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function editJson(file: string, edit: JsonEdit | undefined): void {
  if (!edit) return;
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const replaced = edit(doc);
  fs.writeFileSync(file, typeof replaced === 'string' ? replaced : JSON.stringify(doc, null, 4));
}

function editText(file: string, edit: ((text: string) => string) | undefined): void {
  if (!edit) return;
  fs.writeFileSync(file, edit(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''));
}

export interface ExpectedFinding {
  rule: string;
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
  severity?: Finding['severity'];
  /** Text or pattern the message must contain. */
  message?: string | RegExp;
}

/** Asserts that one finding matches every given field, and returns it. */
export function expectFinding(findings: Finding[], expected: ExpectedFinding): Finding {
  const match = findings.find(
    (f) =>
      f.rule === expected.rule &&
      (expected.file === undefined || f.file === expected.file) &&
      (expected.pointer === undefined || f.pointer === expected.pointer) &&
      (expected.line === undefined || f.line === expected.line) &&
      (expected.column === undefined || f.column === expected.column) &&
      (expected.severity === undefined || f.severity === expected.severity) &&
      (expected.message === undefined ||
        (typeof expected.message === 'string' ? f.message.includes(expected.message) : expected.message.test(f.message))),
  );
  expect(match, `expected ${JSON.stringify(expected)} among:\n${describe(findings)}`).to.not.equal(undefined);
  expect(match!.fix, 'every finding carries a fix').to.be.a('string').and.not.equal('');
  return match!;
}

/** Asserts that `rule` reported nothing (and nothing crashed). */
export function expectNoFinding(findings: Finding[], rule: string): void {
  const hits = findings.filter((f) => f.rule === rule || f.rule === 'internal-error');
  expect(hits, `expected no ${rule} finding, got:\n${describe(hits)}`).to.deep.equal([]);
}

function describe(findings: Finding[]): string {
  return findings.length === 0 ? '  (none)' : findings.map((f) => `  ${f.rule} ${f.file}${f.pointer ?? ''}:${f.line ?? '-'}:${f.column ?? '-'} ${f.message}`).join('\n');
}
