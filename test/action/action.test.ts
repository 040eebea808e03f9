import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ACTION_DIST, ACTION_FILES, buildActionBundle } from '../../scripts/build-bundles';
import { INPUT_DEFAULTS } from '../../src/action/inputs';
import { treeHash } from '../helpers/tree-hash';
import { editJson, repoWithConnectors, withTempRepos } from '../pull-request/helpers';
import { ACTION_BUNDLE, ROOT, runActionBundle } from './helpers';

const CONTOSO = 'certified-connectors/Contoso Tasks';
const TIDE = 'independent-publisher-connectors/TideTables';
const OUTPUTS = ['result', 'errors', 'warnings', 'connectors', 'sarif-file'];

/** Hashes of the two connector folders, to show that a run writes nothing into them. */
function connectorHashes(root: string): string[] {
  return [CONTOSO, TIDE].map((dir) => treeHash(path.join(root, dir)));
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cp-action-'));
}

describe('GitHub Action', function () {
  this.timeout(180_000);

  describe('action.yml and the committed bundle', () => {
    it('declares the inputs the entry reads, with the same defaults, and the outputs it writes; runs on node24', () => {
      const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
      const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, (spec as { default: string }).default]));
      expect(inputs).to.deep.equal(INPUT_DEFAULTS);
      for (const spec of Object.values(action.inputs)) expect((spec as { description?: string }).description).to.be.a('string').and.not.equal('');
      expect(Object.keys(action.outputs)).to.have.members(OUTPUTS);
      expect(action.runs).to.deep.equal({ using: 'node24', main: 'action/dist/index.js' });
      expect(path.join(ROOT, action.runs.main)).to.equal(ACTION_BUNDLE);
    });

    it('is up to date: a fresh build of src/action gives the committed action/dist byte for byte (else run npm run build:action)', async () => {
      const out = tempDir();
      try {
        await buildActionBundle(out);
        expect(fs.readdirSync(ACTION_DIST).sort(), 'files in action/dist').to.deep.equal([...ACTION_FILES].sort());
        for (const name of ACTION_FILES) {
          const fresh = fs.readFileSync(path.join(out, name));
          const committed = fs.readFileSync(path.join(ACTION_DIST, name));
          expect(committed.equals(fresh), `action/dist/${name} is stale: run npm run build:action`).to.equal(true);
        }
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  });

  describe('the bundle in a fake runner', () => {
    const repos = withTempRepos();

    it('on a pull request, annotates the changed connector, writes the job summary, outputs and SARIF, and fails', async () => {
      const repo = repos.use(repoWithConnectors());
      const base = repo.git('rev-parse', 'main').trim();
      editJson(repo, `${CONTOSO}/apiDefinition.swagger.json`, (s) => void (s.info.title = 'Contoso Enterprise Document Automation Platform'));
      repo.commit('head');
      const before = connectorHashes(repo.root);
      const out = tempDir();
      const sarifFile = path.join(out, 'reports', 'connector-precheck.sarif');

      const run = await runActionBundle(repo.root, {
        eventName: 'pull_request',
        event: { pull_request: { number: 1, base: { ref: 'main', sha: base } } },
        env: { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' },
        inputs: { 'sarif-file': sarifFile, concurrency: '2' },
      });

      expect(run.code, run.stdout + run.stderr).to.equal(1);
      expect(run.stdout).to.include(`Linting the connectors changed since ${base} (the pull request base).`);
      expect(run.stdout).to.match(
        /^::error file=certified-connectors\/Contoso Tasks\/apiDefinition\.swagger\.json,line=\d+,col=\d+,title=swagger-title-max-length::The title "Contoso Enterprise Document Automation Platform" has 47 characters/m,
      );
      expect(run.stdout, 'the unchanged connector is not linted').not.to.include('TideTables');
      const errors = Number(/^\| certified-connectors\/Contoso Tasks \| verified \| (\d+) \| 0 \| ❌ FAIL \|$/m.exec(run.summary)?.[1]);
      expect(run.summary).to.include('| Connector | Program | Errors | Warnings | Result |');
      expect(errors).to.be.at.least(1);
      expect(run.summary).to.include('<details>');
      expect(run.outputs).to.deep.equal({ result: 'fail', errors: String(errors), warnings: '0', connectors: '1', 'sarif-file': sarifFile });

      const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
      expect(sarif.version).to.equal('2.1.0');
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).to.include('swagger-title-max-length');
      expect(sarif.runs[0].results).to.have.length(errors);

      expect(connectorHashes(repo.root)).to.deep.equal(before);
      expect(repo.git('status', '--porcelain', '--untracked-files=all'), 'nothing written into the workspace').to.equal('');
      fs.rmSync(out, { recursive: true, force: true });
    });

    it('passes a clean changed connector with exit code 0, finding the base from GITHUB_BASE_REF without a payload', async () => {
      const repo = repos.use(repoWithConnectors());
      repo.git('update-ref', 'refs/remotes/origin/main', 'main');
      const readme = path.join(repo.root, TIDE, 'readme.md');
      fs.appendFileSync(readme, '\nTide heights are given in metres above chart datum.\n');
      repo.commit('head');
      const before = connectorHashes(repo.root);

      // --pending-deprecation: Node 20 then warns about the built-in punycode module as Node 24 runners always do.
      const run = await runActionBundle(repo.root, { eventName: 'pull_request', env: { GITHUB_BASE_REF: 'main', NODE_OPTIONS: '--pending-deprecation' } });

      expect(run.code, run.stdout + run.stderr).to.equal(0);
      expect(run.stdout).to.include('Linting the connectors changed since origin/main (the pull request base branch).');
      expect(run.stdout).not.to.match(/^::(error|warning)/m);
      expect(run.summary).to.include(`| ${TIDE} | independent | 0 | 0 | ✅ PASS |`);
      expect(run.summary).not.to.include('Contoso');
      expect(run.outputs).to.deep.equal({ result: 'pass', errors: '0', warnings: '0', connectors: '1', 'sarif-file': '' });
      expect(run.stderr).not.to.include('DEP0040');
      expect(connectorHashes(repo.root)).to.deep.equal(before);
    });

    it('uses the configuration file named by the input config for every connector', async () => {
      const repo = repos.use(repoWithConnectors());
      editJson(repo, `${CONTOSO}/apiDefinition.swagger.json`, (s) => void (s.info.title = 'Contoso Enterprise Document Automation Platform'));
      repo.write('ci/connector-precheck.yaml', 'rules:\n  swagger-title-max-length: warn\n');

      const run = await runActionBundle(repo.root, { inputs: { paths: CONTOSO, config: 'ci/connector-precheck.yaml' } });

      expect(run.code, run.stdout + run.stderr).to.equal(0);
      expect(run.stdout).to.match(/^::warning file=certified-connectors\/Contoso Tasks\/apiDefinition\.swagger\.json,.*title=swagger-title-max-length::/m);
      expect(run.outputs).to.include({ result: 'pass-with-warnings', errors: '0', warnings: '1', connectors: '1' });
    });

    it('lints every connector under paths on other events; fail-on decides the exit code', async () => {
      const repo = repos.use(repoWithConnectors());
      const props = path.join(repo.root, TIDE, 'apiProperties.json');
      fs.writeFileSync(props, '\uFEFF' + fs.readFileSync(props, 'utf8'));
      const paths = `${CONTOSO}\n  ${TIDE}  \n`;

      const lenient = await runActionBundle(repo.root, { inputs: { paths } });
      expect(lenient.code, lenient.stdout + lenient.stderr).to.equal(0);
      expect(lenient.stdout).to.match(/^::warning file=independent-publisher-connectors\/TideTables\/apiProperties\.json,.*title=json-bom::/m);
      expect(lenient.summary).to.include(`| ${TIDE} | independent | 0 | 1 | ⚠️ PASS |`);
      expect(lenient.outputs).to.include({ result: 'pass-with-warnings', errors: '0', warnings: '1', connectors: '2' });

      const strict = await runActionBundle(repo.root, { inputs: { paths, 'fail-on': 'warning', program: 'independent' } });
      expect(strict.code, strict.stdout + strict.stderr).to.equal(1);
      expect(strict.stdout).to.include('Failing the step: fail-on is "warning" and the result is');

      editJson(repo, `${CONTOSO}/apiDefinition.swagger.json`, (s) => void (s.info.title = 'Contoso Enterprise Document Automation Platform'));
      const never = await runActionBundle(repo.root, { inputs: { 'fail-on': 'never' } });
      expect(never.code, never.stdout + never.stderr).to.equal(0);
      expect(never.stdout).to.match(/^::error file=certified-connectors\/Contoso Tasks\/apiDefinition\.swagger\.json,/m);
      expect(never.outputs).to.include({ result: 'fail', connectors: '2' });
    });

    it('fails with one clear ::error:: and exit code 2 on a bad input, a missing path or a base the clone does not hold', async () => {
      const repo = repos.use(repoWithConnectors());
      const cases: Array<[Parameters<typeof runActionBundle>[1], string]> = [
        [{ inputs: { 'fail-on': 'sometimes' } }, 'Input "fail-on" must be error, warning or never, not "sometimes".'],
        [{ inputs: { concurrency: 'many' } }, 'Input "concurrency" must be a whole number of at least 1'],
        [{ inputs: { program: 'certified' } }, 'Input "program" must be auto, verified or independent'],
        [{ inputs: { paths: 'no-such-folder' } }, '"no-such-folder" does not exist.'],
        [{ eventName: 'pull_request', event: { pull_request: { base: { sha: 'f'.repeat(40) } } } }, 'fetch-depth: 0'],
      ];
      for (const [runner, message] of cases) {
        const run = await runActionBundle(repo.root, runner);
        expect(run.code, run.stdout + run.stderr).to.equal(2);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines.filter((l) => l.startsWith('::error ')), run.stdout).to.have.length(1);
        expect(lines[lines.length - 1]).to.match(/^::error title=connector-precheck::connector-precheck: /);
        expect(lines[lines.length - 1]).to.include(message);
        expect(run.outputs).to.deep.equal({});
        expect(run.summary).to.equal('');
      }
    });
  });
});
