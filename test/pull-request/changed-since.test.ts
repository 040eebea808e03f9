import { expect } from 'chai';
import { expectFinding } from '../helpers/lint-case';
import { editJson, lintChanged, repoWithConnectors, withTempRepos } from './helpers';


describe('lint --changed-since', function () {
  this.timeout(120_000);
  const repos = withTempRepos();

  it('lints only the changed connector, whole, and reports its breaking changes', async () => {
    const repo = repos.use(repoWithConnectors());
    editJson(repo, 'certified-connectors/Contoso Tasks/apiDefinition.swagger.json', (s) => {
      delete s.paths['/tasks/{taskId}'].delete;
      s.paths['/tasks'].get.parameters[0].required = true;
    });
    repo.commit('head');
    const report = await lintChanged(repo);
    expect(report.connectors.map((c) => c.path)).to.deep.equal(['certified-connectors/Contoso Tasks']);
    const findings = report.connectors[0].findings;
    expectFinding(findings, { rule: 'breaking-operation-removed', file: 'apiDefinition.swagger.json', message: 'DeleteTask' });
    expectFinding(findings, { rule: 'breaking-required-parameter-added', pointer: '/paths/~1tasks/get/parameters/0' });
    expect(report.connectors[0].passed).to.equal(false);
  });

  it('acknowledges a breaking change listed with a reason in the ignore file, keeping it visible', async () => {
    const repo = repos.use(repoWithConnectors());
    repo.write(
      '.connector-precheck-ignore.yaml',
      'ignore:\n  - connector: certified-connectors/Contoso Tasks\n    rule: breaking-operation-removed\n    reason: DeleteTask was never published.\n',
    );
    repo.commit('ignore file on main');
    repo.git('checkout', '--quiet', 'main');
    repo.git('merge', '--quiet', 'feature');
    repo.git('checkout', '--quiet', 'feature');
    editJson(repo, 'certified-connectors/Contoso Tasks/apiDefinition.swagger.json', (s) => void delete s.paths['/tasks/{taskId}'].delete);
    repo.commit('remove DeleteTask');
    const report = await lintChanged(repo);
    const finding = expectFinding(report.connectors[0].findings, { rule: 'breaking-operation-removed', severity: 'info' });
    expect(finding.acknowledged).to.equal('DeleteTask was never published.');
    expect(report.connectors[0].passed).to.equal(true);
  });

});
