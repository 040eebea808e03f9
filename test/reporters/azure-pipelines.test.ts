import { expect } from 'chai';
import type { Report } from '../../src/model/report';
import { escapeAzureData, escapeAzureProperty } from '../../src/reporters/azure-pipelines';
import { REPORTERS } from '../../src/reporters';
import { CATALOG, CWD, REPORT, render } from './fixture';

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

describe('azure-pipelines', () => {
  it('escapes data as the agent expects: %AZP25, %0D, %0A', () => {
    expect(escapeAzureData('50%\r\n; ]')).to.equal('50%AZP25%0D%0A; ]');
  });

  it('escapes properties also for ; and ]', () => {
    expect(escapeAzureProperty('c/Odd;Name]/50%')).to.equal('c/Odd%3BName%5D/50%AZP25');
  });

  it('completes the task as Failed, SucceededWithIssues or Succeeded', () => {
    expect(lastLine(render('azure-pipelines'))).to.equal('##vso[task.complete result=Failed;]');
    const base: Report = { ...REPORT, unusedIgnores: undefined };
    const warningsOnly: Report = { ...base, summary: { ...REPORT.summary, failed: 0, passed: 1, connectors: 1, errors: 0, suppressed: 0 }, connectors: [REPORT.connectors[2]] };
    expect(lastLine(render('azure-pipelines', warningsOnly))).to.equal('##vso[task.complete result=SucceededWithIssues;]');
    const clean: Report = { ...base, summary: { connectors: 1, passed: 1, failed: 0, errors: 0, warnings: 0 }, connectors: [REPORT.connectors[1]] };
    expect(render('azure-pipelines', clean)).to.equal('1 connector: 1 passed, 0 failed (0 errors, 0 warnings)\n##vso[task.complete result=Succeeded;]\n');
    // An ignore-file entry that matches nothing is an issue too, though no connector has one.
    expect(lastLine(render('azure-pipelines', { ...clean, unusedIgnores: REPORT.unusedIgnores }))).to.equal('##vso[task.complete result=SucceededWithIssues;]');
  });

  it('logs an acknowledged breaking change as a plain line with its reason, and an unused ignore entry as a warning', () => {
    const lines = render('azure-pipelines').split('\n');
    expect(lines).to.include(
      'acknowledged: connectors/Odd;Name], Inc: v2/apiDefinition.swagger.json:40:7 breaking-operation-removed: The operation "DeleteItem" (DELETE /items/{id}) of the previous version is gone. Reason: Never published | 100% unused; *see* <b>PR</b> #12. ::error::injected ##vso%5Btask.complete result=Succeeded;]',
    );
    expect(lines.filter((l) => l.includes('code=unused-ignore-entry'))).to.deep.equal([
      '##vso[task.logissue type=warning;sourcepath=.connector-precheck-ignore.yaml;code=unused-ignore-entry].connector-precheck-ignore.yaml: entry 3 (connector "certified-connectors/Old*", rule swagger-title-max-length) matched no finding; remove it if the problem is fixed.',
    ]);
    expect(render('azure-pipelines')).to.not.include('legacyId'); // suppressed: counted, not logged
  });

  it('logs errors only with --quiet, and the same totals', () => {
    const quiet = REPORTERS['azure-pipelines'](REPORT, { catalog: CATALOG, color: false, cwd: CWD, quiet: true });
    expect(quiet.split('\n').filter((l) => l.startsWith('##vso[task.logissue')).map((l) => /type=(\w+)/.exec(l)![1])).to.deep.equal(['error', 'error', 'warning']);
    expect(quiet).to.not.include('readme-required-sections');
    expect(lastLine(quiet)).to.equal('##vso[task.complete result=Failed;]');
  });

  it('has exactly one logging command per line, at its start', () => {
    for (const line of render('azure-pipelines').split('\n').filter(Boolean)) {
      const at = [...line.matchAll(/##vso\[/g)].map((m) => m.index);
      expect(at.length <= 1 && (at.length === 0 || at[0] === 0), line).to.equal(true);
      if (at.length === 0) expect(line, 'plain lines carry no command').to.not.match(/##vso\[/i);
    }
  });
});
