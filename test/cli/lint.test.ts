import { expect } from 'chai';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Catalog } from '../../src/catalog';
import type { Report } from '../../src/model/report';
import { parseXml } from '../reporters/xml';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = path.join(ROOT, 'fixtures/certified-connectors/Contoso Tasks');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would, from the repository root, with arguments passed as a list (no shell). */
async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('connector-precheck lint: several formats in one run (end to end)', function () {
  this.timeout(120_000);
  let tmp: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-cli-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('writes SARIF and JSON to the named files and JUnit to standard output for the fixtures, exit code 0', async () => {
    const before = listing(path.join(ROOT, 'fixtures'));
    const sarifFile = path.join(tmp, 'out', 'report.sarif');
    const jsonFile = path.join(tmp, 'report.json');
    const run = await cli('lint', 'fixtures', '-f', 'sarif', '-o', sarifFile, '-f', 'junit', '-f', 'json', '-o', jsonFile);
    expect(run.code, run.stderr).to.equal(0);

    // The example connectors pass; which notes they get depends on the rules of the day, so the outputs are checked
    // against each other and the JSON report rather than pinned (the formats themselves are pinned in test/reporters).
    const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Report;
    expect(report.connectors.map((c) => [c.path, c.passed])).to.deep.equal([
      ['fixtures/certified-connectors/Contoso Tasks', true],
      ['fixtures/independent-publisher-connectors/TideTables', true],
    ]);
    const findings = report.connectors.flatMap((c) => c.findings);

    expect(run.stdout).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="connector-precheck" /);
    const suites = parseXml(run.stdout);
    expect(suites.attributes).to.include({ failures: '0', errors: '0' });
    expect(suites.children.map((s) => [s.attributes.name, s.attributes.failures])).to.deep.equal([
      ['fixtures/certified-connectors/Contoso Tasks', '0'],
      ['fixtures/independent-publisher-connectors/TideTables', '0'],
    ]);
    suites.children.forEach((suite, i) => {
      const testcases = suite.children.filter((c) => c.name === 'testcase');
      expect(testcases).to.have.length(Math.max(1, report.connectors[i].findings.length));
    });

    const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).to.equal(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).to.deep.equal(findings.map((f) => f.rule));
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).to.deep.equal(new Catalog().all().map((r) => r.id));
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).to.equal(pathToFileURL(ROOT).href + '/');

    expect(listing(path.join(ROOT, 'fixtures')), 'nothing written into connector folders').to.deep.equal(before);
  });

  it('annotates a failing connector for GitHub on standard output and writes the JSON report, exit code 1', async () => {
    const broken = path.join(tmp, 'certified-connectors', 'Broken');
    fs.cpSync(GOOD, broken, { recursive: true });
    fs.rmSync(path.join(broken, 'readme.md'));
    const jsonFile = path.join(tmp, 'report.json');
    const run = await cli('lint', broken, '--rule', 'folder-required-files', '-f', 'github', '-f', 'json', '-o', jsonFile);
    expect(run.code, run.stderr).to.equal(1);
    const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Report;
    expect(report.summary).to.include({ connectors: 1, passed: 0, failed: 1, errors: 1, warnings: 0 });
    const [connector] = report.connectors;
    expect(connector.path).to.equal(path.relative(ROOT, broken).split(path.sep).join('/'));
    const [f] = connector.findings;
    expect([f.rule, f.file, f.line]).to.deep.equal(['folder-required-files', 'readme.md', undefined]);
    expect(run.stdout).to.equal(
      `::error file=${connector.path}/readme.md,title=folder-required-files::${f.message} Fix: ${f.fix}\n` +
        '1 connector: 0 passed, 1 failed (1 error, 0 warnings)\n',
    );
  });

  it('refuses two formats on standard output with exit code 2, before linting or writing anything', async () => {
    const run = await cli('lint', 'fixtures', '-f', 'json', '-f', 'github');
    expect(run.code).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.equal(
      'connector-precheck: json and github would both go to standard output; give all formats but one an --output file (-f json -o <file>).\n',
    );
  });

  it('refuses an unknown format with exit code 2', async () => {
    const run = await cli('lint', 'fixtures', '-f', 'yaml');
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/argument 'yaml' is invalid\. Allowed choices are stylish, json, sarif, github, markdown, junit, azure-pipelines/);
  });
});
