import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLint } from '../../src/engine/run';
import type { Report } from '../../src/model/report';
import { isolateFromOuterRepository, TempRepo } from '../git/temp-repo';
import { GOOD } from '../helpers/lint-case';

/** A repository whose main branch holds the two good connectors, checked out on a feature branch. */
export function repoWithConnectors(): TempRepo {
  const repo = new TempRepo();
  copyInto(repo, GOOD.verified, 'certified-connectors/Contoso Tasks');
  copyInto(repo, GOOD.independent, 'independent-publisher-connectors/TideTables');
  repo.write('README.md', '# Connectors\n');
  repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'feature');
  return repo;
}

export function copyInto(repo: TempRepo, from: string, to: string): void {
  fs.cpSync(from, path.join(repo.root, to), { recursive: true });
}

/** Edits a JSON file of the repository in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editJson(repo: TempRepo, file: string, edit: (doc: any) => void): void {
  const full = path.join(repo.root, file);
  const doc = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(doc);
  fs.writeFileSync(full, JSON.stringify(doc, null, 4));
}

export function lintChanged(repo: TempRepo, ref = 'main'): Promise<Report> {
  return runLint(['.'], { cwd: repo.root, changedSince: ref, concurrency: 1 });
}


/** Isolates the suite from any outer git repository and disposes of each test's repository. */
export function withTempRepos(): { use(repo: TempRepo): TempRepo } {
  let restore: () => void;
  let current: TempRepo | undefined;
  before(() => (restore = isolateFromOuterRepository()));
  after(() => restore());
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
  return { use: (repo) => (current = repo) };
}
