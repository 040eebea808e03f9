import { expect } from 'chai';
import type { Report } from '../../src/model/report';
import { escapeAzureData, escapeAzureProperty } from '../../src/reporters/azure-pipelines';
import { REPORT, render } from './fixture';

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
    const warningsOnly: Report = { ...REPORT, summary: { ...REPORT.summary, failed: 0, passed: 1, connectors: 1, errors: 0 }, connectors: [REPORT.connectors[2]] };
    expect(lastLine(render('azure-pipelines', warningsOnly))).to.equal('##vso[task.complete result=SucceededWithIssues;]');
    const clean: Report = { ...REPORT, summary: { connectors: 1, passed: 1, failed: 0, errors: 0, warnings: 0 }, connectors: [REPORT.connectors[1]] };
    expect(render('azure-pipelines', clean)).to.equal('1 connector: 1 passed, 0 failed (0 errors, 0 warnings)\n##vso[task.complete result=Succeeded;]\n');
  });

  it('has exactly one logging command per line, at its start', () => {
    for (const line of render('azure-pipelines').split('\n').filter(Boolean)) {
      const at = [...line.matchAll(/##vso\[/g)].map((m) => m.index);
      expect(at.length <= 1 && (at.length === 0 || at[0] === 0), line).to.equal(true);
      if (at.length === 0) expect(line, 'plain lines carry no command').to.not.match(/##vso\[/i);
    }
  });
});
