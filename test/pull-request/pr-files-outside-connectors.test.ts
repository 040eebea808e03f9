import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../helpers/lint-case';
import { editJson, lintChanged, repoWithConnectors, withTempRepos } from './helpers';


const RULE = 'pr-files-outside-connectors';

describe(RULE, function () {
  this.timeout(120_000);
  const repos = withTempRepos();

  it('flags a changed repository file that belongs to no connector, by name', async () => {
    const repo = repos.use(repoWithConnectors());
    editJson(repo, 'independent-publisher-connectors/TideTables/apiProperties.json', (p) => void (p.properties.publisher = 'J. Doe'));
    repo.write('README.md', '# Connectors, edited\n');
    repo.commit('connector and readme');
    const scope = (await lintChanged(repo)).connectors.find((c) => c.path === '(pull request)');
    expectFinding(scope!.findings, { rule: RULE, file: 'README.md', message: 'belongs to no connector folder' });
  });

  it('accepts changes inside the connector folder only', async () => {
    const repo = repos.use(repoWithConnectors());
    repo.write('independent-publisher-connectors/TideTables/readme.md', '# Tide Tables\n');
    repo.commit('readme only');
    const report = await lintChanged(repo);
    expect(report.connectors.some((c) => c.path === '(pull request)')).to.equal(false);
    expectNoFinding(report.connectors.flatMap((c) => c.findings), RULE);
  });
});
