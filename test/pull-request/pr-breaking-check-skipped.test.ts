import { expect } from 'chai';
import { expectFinding, expectNoFinding, GOOD } from '../helpers/lint-case';
import { copyInto, editJson, lintChanged, repoWithConnectors, withTempRepos } from './helpers';


const RULE = 'pr-breaking-check-skipped';

describe(RULE, function () {
  this.timeout(120_000);
  const repos = withTempRepos();

  it('notes that a new connector has no previous version, with no breaking-change findings', async () => {
    const repo = repos.use(repoWithConnectors());
    copyInto(repo, GOOD.independent, 'independent-publisher-connectors/Tides2');
    repo.commit('new connector');
    const report = await lintChanged(repo);
    expect(report.connectors.map((c) => c.path)).to.deep.equal(['independent-publisher-connectors/Tides2']);
    const findings = report.connectors[0].findings;
    expectFinding(findings, { rule: RULE, severity: 'info', file: 'apiDefinition.swagger.json', message: 'New connector' });
    expect(findings.filter((f) => f.rule.startsWith('breaking-'))).to.deep.equal([]);
    expect(report.connectors[0].passed).to.equal(true);
  });

  it('says nothing when an existing connector was compared', async () => {
    const repo = repos.use(repoWithConnectors());
    editJson(repo, 'independent-publisher-connectors/TideTables/apiDefinition.swagger.json', (s) => void (s.info.version = '1.1'));
    repo.commit('version');
    expectNoFinding((await lintChanged(repo)).connectors[0].findings, RULE);
  });
});
