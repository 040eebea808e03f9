import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { breakingChangesAgainstBase } from '../../src/diff/against-base';
import { changedConnectors, type ChangedConnector, type ChangedConnectors } from '../../src/git/changed';
import { changedFiles, GitError, mergeBase, readFileAt, repoRoot, resolveCommit } from '../../src/git/git';
import { baseSwagger, lineOf } from '../diff/helpers';
import { isolateFromOuterRepository, TempRepo } from './temp-repo';

const PROPS = JSON.stringify({ properties: { iconBrandColor: '#1f6f8b', publisher: 'Contoso', stackOwner: 'Contoso' } }, null, 2);
const swaggerText = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';
const ICON = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const ODD_NAME = 'certified-connectors/Alpha/odd\nname "quoted".txt';

describe('pull-request mode: git plumbing and changed connectors', function () {
  this.timeout(60_000);
  let restore: () => void;
  let repo: TempRepo;
  let branchPoint: string;
  const alphaBase = swaggerText(baseSwagger());

  before(() => {
    restore = isolateFromOuterRepository();
    repo = new TempRepo();
    // Every connector gets its own content, so that git's rename detection pairs only real moves.
    const connector = (dir: string, swagger = alphaBase) => {
      const doc = JSON.parse(swagger);
      if (!dir.endsWith('/Alpha')) doc.info.title = path.basename(dir);
      repo.write(`${dir}/apiDefinition.swagger.json`, swaggerText(doc));
      repo.write(`${dir}/apiProperties.json`, PROPS.replace('Contoso', path.basename(dir)));
      repo.write(`${dir}/readme.md`, `# ${path.basename(dir)}\n`);
    };
    connector('certified-connectors/Alpha');
    repo.write('certified-connectors/Alpha/icon.png', ICON);
    connector('certified-connectors/Beta');
    connector('certified-connectors/Gamma');
    connector('certified-connectors/Delta');
    repo.write('README.md', '# Connectors\n');
    repo.write('.github/workflows/ci.yml', 'on: pull_request\n');
    repo.commit('base');
    branchPoint = repo.git('rev-parse', 'HEAD').trim();

    repo.git('checkout', '--quiet', '-b', 'feature');
    const head = baseSwagger();
    delete head.paths['/tasks/{id}'].delete;
    head.info.title = 'Contoso Todo';
    repo.write('certified-connectors/Alpha/apiDefinition.swagger.json', swaggerText(head));
    repo.write('certified-connectors/Alpha/docs/notes.md', 'notes\n');
    repo.write('certified-connectors/Alpha/.vs/settings.json', '{}\n');
    if (process.platform !== 'win32') repo.write(ODD_NAME, 'odd\n');
    repo.remove('certified-connectors/Beta');
    repo.git('mv', 'certified-connectors/Delta', 'certified-connectors/Delta Two');
    repo.write('independent-publisher-connectors/Newbie/apiDefinition.swagger.json', swaggerText({ swagger: '2.0', info: { title: 'Newbie', version: '1.0' }, paths: {} }));
    repo.write('independent-publisher-connectors/Newbie/apiProperties.json', '{"properties": {"iconBrandColor": "#da3b01", "capabilities": [], "policyTemplateInstances": []}}\n');
    repo.write('independent-publisher-connectors/Newbie/readme.md', '# Newbie (Independent Publisher)\n\nA new connector.\n');
    repo.write('README.md', '# Connectors (updated)\n');
    repo.write('.github/workflows/ci.yml', 'on: [pull_request, push]\n');
    repo.write('node_modules/pkg/apiProperties.json', '{}\n');
    repo.commit('feature');

    // The base branch moves on after the branch point: none of this belongs to the pull request.
    repo.git('checkout', '--quiet', 'main');
    repo.write('certified-connectors/Gamma/readme.md', '# Gamma, changed on main\n');
    repo.write('certified-connectors/Epsilon/apiDefinition.swagger.json', alphaBase);
    repo.commit('main moves on');
    repo.git('checkout', '--quiet', 'feature');
  });

  after(() => {
    repo?.dispose();
    restore?.();
  });

  const find = (result: ChangedConnectors, dir: string): ChangedConnector => {
    const connector = result.connectors.find((c) => c.dir === dir);
    expect(connector, `${dir} among ${result.connectors.map((c) => c.dir).join(', ')}`).to.not.equal(undefined);
    return connector!;
  };

  it('works inside the temporary repository only', () => {
    expect(repoRoot(path.join(repo.root, 'certified-connectors'))).to.equal(repo.root);
    expect(repo.root.startsWith(fs.realpathSync(os.tmpdir()))).to.equal(true);
  });

  it('finds the merge base of a ref and HEAD', () => {
    expect(mergeBase(repo.root, 'main')).to.equal(branchPoint);
    expect(resolveCommit(repo.root, 'feature')).to.equal(repo.git('rev-parse', 'feature').trim());
  });

  it('lists changed files with -z: added, modified, deleted, and renamed with both names', () => {
    const changes = changedFiles(repo.root, branchPoint, 'HEAD');
    const byPath = new Map(changes.map((c) => [c.path, c]));
    expect(byPath.get('certified-connectors/Alpha/apiDefinition.swagger.json')?.status).to.equal('modified');
    expect(byPath.get('certified-connectors/Beta/apiProperties.json')?.status).to.equal('deleted');
    expect(byPath.get('independent-publisher-connectors/Newbie/readme.md')?.status).to.equal('added');
    expect(byPath.get('certified-connectors/Delta Two/apiDefinition.swagger.json')).to.deep.equal({
      status: 'renamed',
      path: 'certified-connectors/Delta Two/apiDefinition.swagger.json',
      oldPath: 'certified-connectors/Delta/apiDefinition.swagger.json',
      similarity: 100,
    });
    if (process.platform !== 'win32') expect(byPath.get(ODD_NAME)?.status).to.equal('added');
    expect(byPath.has('certified-connectors/Gamma/readme.md'), 'changes on main after the branch point').to.equal(false);
  });

  it('reads a file at a ref, byte for byte, and answers undefined where there is none', () => {
    const base = mergeBase(repo.root, 'main');
    expect(readFileAt(repo.root, base, 'certified-connectors/Alpha/apiDefinition.swagger.json')?.toString('utf8')).to.equal(alphaBase);
    expect(readFileAt(repo.root, base, 'certified-connectors/Alpha/icon.png')?.equals(ICON)).to.equal(true);
    expect(readFileAt(repo.root, 'HEAD', 'certified-connectors/Beta/apiDefinition.swagger.json')).to.equal(undefined);
    expect(readFileAt(repo.root, 'HEAD', 'certified-connectors/Alpha')).to.equal(undefined);
    expect(readFileAt(repo.root, 'HEAD', 'certified-connectors/*/apiProperties.json'), 'paths are literal, not patterns').to.equal(undefined);
    expect(readFileAt(repo.root, 'HEAD', './certified-connectors/Delta Two/readme.md')?.toString('utf8')).to.equal('# Delta\n');
    expect(() => readFileAt(repo.root, 'HEAD', '../outside.json')).to.throw(GitError);
  });

  it('maps the changes of a pull request to connectors (committed head)', () => {
    const result = changedConnectors(repo.root, 'main', { head: 'HEAD' });
    expect(result.mergeBase).to.equal(branchPoint);
    expect(result.connectors.map((c) => c.dir)).to.deep.equal([
      'certified-connectors/Alpha',
      'certified-connectors/Beta',
      'certified-connectors/Delta',
      'certified-connectors/Delta Two',
      'independent-publisher-connectors/Newbie',
    ]);

    const alpha = find(result, 'certified-connectors/Alpha');
    expect(alpha).to.include({ isNew: false, deleted: false, swaggerChanged: true, absolute: path.join(repo.root, 'certified-connectors', 'Alpha') });
    expect(alpha.swagger).to.deep.equal({ base: 'certified-connectors/Alpha/apiDefinition.swagger.json', head: 'certified-connectors/Alpha/apiDefinition.swagger.json' });
    const alphaFiles = alpha.files.map((f) => f.path);
    expect(alphaFiles).to.include.members(['certified-connectors/Alpha/docs/notes.md', 'certified-connectors/Alpha/.vs/settings.json']);

    expect(find(result, 'certified-connectors/Beta')).to.include({ isNew: false, deleted: true });
    expect(find(result, 'independent-publisher-connectors/Newbie')).to.include({ isNew: true, deleted: false });
    expect(find(result, 'certified-connectors/Delta')).to.include({ deleted: true });
    const moved = find(result, 'certified-connectors/Delta Two');
    expect(moved).to.include({ isNew: true, deleted: false, movedFrom: 'certified-connectors/Delta' });
    expect(moved.swagger.base).to.equal('certified-connectors/Delta/apiDefinition.swagger.json');

    expect(result.outside.map((f) => f.path).sort()).to.deep.equal(['.github/workflows/ci.yml', 'README.md', 'node_modules/pkg/apiProperties.json']);
  });

  it('includes uncommitted and untracked changes when comparing with the working tree', () => {
    repo.write('certified-connectors/Gamma/readme.md', '# Gamma, edited locally\n');
    repo.write('certified-connectors/Gamma/new-untracked.md', 'new\n');
    repo.write('scratch.txt', 'not a connector\n');
    try {
      const result = changedConnectors(repo.root, 'main');
      expect(result.head).to.equal(undefined);
      const gamma = find(result, 'certified-connectors/Gamma');
      expect(gamma.files.map((f) => [f.status, f.path])).to.deep.equal([
        ['added', 'certified-connectors/Gamma/new-untracked.md'],
        ['modified', 'certified-connectors/Gamma/readme.md'],
      ]);
      expect(gamma.swaggerChanged).to.equal(false);
      expect(result.outside.map((f) => f.path)).to.include('scratch.txt');
      expect(changedConnectors(repo.root, 'main', { head: 'HEAD' }).connectors.map((c) => c.dir)).to.not.include('certified-connectors/Gamma');
    } finally {
      repo.git('checkout', '--quiet', '--', 'certified-connectors/Gamma/readme.md');
      repo.remove('certified-connectors/Gamma/new-untracked.md');
      repo.remove('scratch.txt');
    }
  });

  it('reports the breaking changes of a changed swagger read from the merge base', () => {
    const result = changedConnectors(repo.root, 'main', { head: 'HEAD' });
    const alpha = breakingChangesAgainstBase(result, find(result, 'certified-connectors/Alpha'));
    expect(alpha.skipped).to.equal(undefined);
    expect(alpha.compared).to.deep.equal({ base: 'certified-connectors/Alpha/apiDefinition.swagger.json', head: 'certified-connectors/Alpha/apiDefinition.swagger.json' });
    expect(alpha.findings.map((f) => [f.rule, f.pointer])).to.deep.equal([
      ['breaking-title-changed', '/info/title'],
      ['breaking-operation-removed', '/paths/~1tasks~1{id}/delete'],
    ]);
    const removed = alpha.findings[1];
    expect(removed.file).to.equal('apiDefinition.swagger.json');
    expect(removed.line).to.equal(lineOf(alphaBase, '"/tasks/{id}": {', '"delete": {'));

    // The same from the working tree (what lint reads), which here equals HEAD.
    const fromDisk = changedConnectors(repo.root, 'main');
    expect(breakingChangesAgainstBase(fromDisk, find(fromDisk, 'certified-connectors/Alpha')).findings).to.deep.equal(alpha.findings);
  });

  it('says why nothing was compared for new, deleted and moved connectors', () => {
    const result = changedConnectors(repo.root, 'main', { head: 'HEAD' });
    expect(breakingChangesAgainstBase(result, find(result, 'independent-publisher-connectors/Newbie'))).to.include({ reason: 'new' }).and.have.property('skipped').that.matches(/^New connector/);
    expect(breakingChangesAgainstBase(result, find(result, 'certified-connectors/Beta')).skipped).to.match(/deleted/);
    const moved = breakingChangesAgainstBase(result, find(result, 'certified-connectors/Delta Two'));
    expect(moved.skipped).to.equal(undefined);
    expect(moved.compared?.base).to.equal('certified-connectors/Delta/apiDefinition.swagger.json');
    expect(moved.findings).to.deep.equal([]);

    repo.write('certified-connectors/Alpha/apiDefinition.swagger.json', '{ "swagger": "2.0", }');
    try {
      const local = changedConnectors(repo.root, 'main');
      const broken = breakingChangesAgainstBase(local, find(local, 'certified-connectors/Alpha'));
      expect(broken).to.include({ reason: 'invalid' });
      expect(broken.skipped).to.match(/apiDefinition\.swagger\.json is not valid JSON \(Trailing comma/);
    } finally {
      repo.git('checkout', '--quiet', '--', 'certified-connectors/Alpha/apiDefinition.swagger.json');
    }
  });

  it('explains refs it cannot use', () => {
    expect(() => mergeBase(repo.root, 'no-such-branch')).to.throw(GitError, /fetch-depth: 0/);
    expect(() => mergeBase(repo.root, '--output=/tmp/x')).to.throw(GitError, /not a valid git ref/);
    repo.git('checkout', '--quiet', '--orphan', 'unrelated');
    repo.commit('unrelated history');
    try {
      expect(() => mergeBase(repo.root, 'main')).to.throw(GitError, /no common ancestor/);
    } finally {
      repo.git('checkout', '--quiet', '--force', 'feature');
    }
    expect(() => repoRoot(fs.realpathSync(os.tmpdir()))).to.throw(GitError);
  });
});
