import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../helpers/lint-case';
import { editJson, lintChanged, repoWithConnectors, withTempRepos } from './helpers';


const RULE = 'pr-one-connector';

describe(RULE, function () {
  this.timeout(120_000);
  const repos = withTempRepos();

  it('flags a pull request that changes two connectors, in the pull-request entry', async () => {
    const repo = repos.use(repoWithConnectors());
    editJson(repo, 'certified-connectors/Contoso Tasks/apiProperties.json', (p) => void (p.properties.publisher = 'Contoso'));
    editJson(repo, 'independent-publisher-connectors/TideTables/apiProperties.json', (p) => void (p.properties.publisher = 'J. Doe'));
    repo.commit('two connectors');
    const report = await lintChanged(repo);
    const scope = report.connectors.find((c) => c.path === '(pull request)');
    expectFinding(scope!.findings, { rule: RULE, file: '.', message: 'changes 2 connectors' });
    expect(scope!.passed).to.equal(false);
  });

  it('accepts a pull request that changes one connector', async () => {
    const repo = repos.use(repoWithConnectors());
    editJson(repo, 'independent-publisher-connectors/TideTables/apiProperties.json', (p) => void (p.properties.publisher = 'J. Doe'));
    repo.commit('one connector');
    const report = await lintChanged(repo);
    expect(report.connectors.map((c) => c.path)).to.deep.equal(['independent-publisher-connectors/TideTables']);
    expectNoFinding(report.connectors.flatMap((c) => c.findings), RULE);
  });
});
