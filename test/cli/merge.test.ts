import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mergeUnusedIgnores } from '../../src/cli/commands/merge';
import type { Report } from '../../src/model/report';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A repository holding a copy of the example connectors and a failing copy of one of them (readme removed, title too
 * long), with an ignore file that accepts the long title and has one entry that matches nothing.
 */
function makeRepo(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-merge-'));
  fs.mkdirSync(path.join(root, '.git'));
  fs.cpSync(path.join(ROOT, 'fixtures'), path.join(root, 'fixtures'), { recursive: true });
  const broken = path.join(root, 'fixtures', 'certified-connectors', 'Woodgrove');
  fs.cpSync(path.join(root, 'fixtures', 'certified-connectors', 'Contoso Tasks'), broken, { recursive: true });
  fs.rmSync(path.join(broken, 'readme.md'));
  const swaggerFile = path.join(broken, 'apiDefinition.swagger.json');
  const swagger = JSON.parse(fs.readFileSync(swaggerFile, 'utf8'));
  swagger.info.title = 'Woodgrove Enterprise Task Tracker Pro';
  fs.writeFileSync(swaggerFile, JSON.stringify(swagger, null, 4));
  fs.writeFileSync(
    path.join(root, '.connector-precheck-ignore.yaml'),
    [
      'ignore:',
      '  - connector: fixtures/certified-connectors/Woodgrove',
      '    rule: swagger-title-max-length',
      '    reason: Microsoft accepted the long product name.',
      '  - connector: fixtures/independent-publisher-connectors/*',
      '    rule: swagger-title-max-length',
      '    reason: An old title, since shortened.',
    ].join('\n') + '\n',
  );
  return root;
}

const byPath = (report: Report) => [...report.connectors].sort((a, b) => a.path.localeCompare(b.path));

describe('connector-precheck merge (end to end)', function () {
  this.timeout(240_000);
  let repo: string;
  let plain: Report;
  let plainRun: Awaited<ReturnType<typeof runCli>>;

  before(async () => {
    repo = makeRepo();
    plainRun = await runCli(['lint', 'fixtures', '-f', 'json', '-o', 'plain.json', '-f', 'stylish'], { cwd: repo });
    expect(plainRun.code, plainRun.stderr).to.equal(1);
    plain = JSON.parse(fs.readFileSync(path.join(repo, 'plain.json'), 'utf8'));
  });
  after(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('merges the JSON reports of --shard 1/2 and 2/2 into the report of a plain run, finding for finding', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard, i) => runCli(['lint', 'fixtures', '--shard', shard, '-f', 'json', '-o', `part-${i + 1}.json`], { cwd: repo })),
    );
    const parts = [1, 2].map((i) => JSON.parse(fs.readFileSync(path.join(repo, `part-${i}.json`), 'utf8')) as Report);
    // The split is real: each shard has connectors, and only the shard with the failing connector fails.
    expect(parts.map((p) => p.connectors.length)).to.deep.equal([2, 1]);
    expect(shards.map((s) => s.code)).to.deep.equal([0, 1]);

    const merged = await runCli(['merge', 'part-1.json', 'part-2.json', '-f', 'json', '-o', 'merged.json', '-f', 'stylish'], { cwd: repo });
    expect(merged.code, merged.stderr).to.equal(1);
    const report = JSON.parse(fs.readFileSync(path.join(repo, 'merged.json'), 'utf8')) as Report;
    expect(report.tool).to.deep.equal(plain.tool);
    expect(report.summary).to.deep.equal(plain.summary);
    expect(report.summary).to.include({ connectors: 3, passed: 2, failed: 1, suppressed: 1 });
    expect(byPath(report)).to.deep.equal(byPath(plain));
    expect(report.unusedIgnores).to.deep.equal(plain.unusedIgnores);
    expect(report.unusedIgnores!.map((u) => u.entry)).to.deep.equal([2]);
    // The human output of the merge is the plain run's.
    expect(merged.stdout).to.equal(plainRun.stdout);
    expect(merged.stdout).to.include('FAIL  1 error, 0 warnings, 1 suppressed');
  });

  it('writes any format, like lint: summary on standard output, SARIF to a file', async () => {
    fs.writeFileSync(path.join(repo, 'clean.json'), JSON.stringify({ ...plain, connectors: plain.connectors.filter((c) => c.passed), summary: { ...plain.summary, connectors: 2, failed: 0, errors: 0 } }));
    const run = await runCli(['merge', 'clean.json', '-f', 'sarif', '-o', 'out/merged.sarif', '-f', 'summary'], { cwd: repo });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/^Connector +Program +Errors +Warnings +Result\n/);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'out/merged.sarif'), 'utf8')).version).to.equal('2.1.0');
  });

  it('refuses a file that is not a JSON report, and overlapping shards, with exit code 2', async () => {
    fs.writeFileSync(path.join(repo, 'not-a-report.json'), '{"connectors": 3}');
    const bad = await runCli(['merge', 'not-a-report.json'], { cwd: repo });
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/^connector-precheck: not-a-report\.json is not a connector-precheck JSON report \(/);
    const twice = await runCli(['merge', 'plain.json', 'plain.json'], { cwd: repo });
    expect(twice.code).to.equal(2);
    expect(twice.stderr).to.match(/is in more than one report\. Give each shard's report once/);
    const missing = await runCli(['merge', 'nowhere.json'], { cwd: repo });
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(/nowhere\.json is not a readable JSON report/);
  });
});

describe('merging unused ignore-file entries of shards', () => {
  const entry = { file: '/repo/.connector-precheck-ignore.yaml', entry: 1, connector: 'certified-connectors/*', rule: 'swagger-title-max-length' };
  const part = (paths: string[], extra: Partial<Report> = {}, acceptedIn?: string): Report => ({
    tool: { name: 'connector-precheck', version: '1.0.0' },
    summary: { connectors: paths.length, passed: paths.length, failed: 0, errors: 0, warnings: 0 },
    connectors: paths.map((p) => ({
      path: p,
      title: p,
      program: 'verified',
      passed: true,
      findings: [],
      ...(p === acceptedIn
        ? { suppressed: [{ rule: entry.rule, severity: 'error' as const, file: 'apiDefinition.swagger.json', message: 'Long.', fix: 'Shorten.', suppressedBy: 'ignore-file' as const, reason: 'Accepted.' }] }
        : {}),
    })),
    ...extra,
  });

  it('keeps an entry that no shard used', () => {
    expect(mergeUnusedIgnores([part(['certified-connectors/A'], { unusedIgnores: [entry] }), part(['independent-publisher-connectors/B'])])).to.deep.equal([entry]);
  });

  it('drops an entry that another shard used for a connector its glob covers', () => {
    const used = part(['certified-connectors/B'], {}, 'certified-connectors/B');
    expect(mergeUnusedIgnores([part(['certified-connectors/A'], { unusedIgnores: [entry] }), used])).to.deep.equal([]);
  });

  it('keeps it when the other shard used the same rule for a connector the glob does not cover', () => {
    const other = part(['independent-publisher-connectors/B'], {}, 'independent-publisher-connectors/B');
    expect(mergeUnusedIgnores([part(['certified-connectors/A'], { unusedIgnores: [entry] }), other])).to.deep.equal([entry]);
  });

  it('lists an entry once when several shards report it', () => {
    expect(mergeUnusedIgnores([part(['certified-connectors/A'], { unusedIgnores: [entry] }), part(['certified-connectors/C'], { unusedIgnores: [entry] })])).to.deep.equal([entry]);
  });
});
