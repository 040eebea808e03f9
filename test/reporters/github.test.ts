import { expect } from 'chai';
import type { Finding, Severity } from '../../src/model/finding';
import type { Report } from '../../src/model/report';
import { escapeData, escapeProperty } from '../../src/reporters/github';
import { REPORT, render } from './fixture';

function reportWith(counts: Record<Severity, number>): Report {
  const findings: Finding[] = [];
  for (const severity of ['info', 'warning', 'error'] as Severity[]) {
    for (let i = 1; i <= counts[severity]; i++) {
      findings.push({ rule: `r-${severity}`, severity, file: 'apiDefinition.swagger.json', pointer: `/x/${i}`, line: i, column: 1, message: `${severity} ${i}.`, fix: 'Fix it.' });
    }
  }
  return {
    tool: REPORT.tool,
    summary: { connectors: 1, passed: counts.error ? 0 : 1, failed: counts.error ? 1 : 0, errors: counts.error, warnings: counts.warning },
    connectors: [{ path: 'c/A', title: 'A', program: 'verified', passed: !counts.error, findings }],
  };
}

const kinds = (text: string) => text.split('\n').filter(Boolean).map((l) => /^::(\w+)/.exec(l)?.[1] ?? 'text');

describe('github', () => {
  it('escapes data like @actions/core: % CR LF', () => {
    expect(escapeData('50% done\r\nnext: a, b')).to.equal('50%25 done%0D%0Anext: a, b');
  });

  it('escapes properties also for : and ,', () => {
    expect(escapeProperty('c/Odd, Inc: v2/50%\n')).to.equal('c/Odd%2C Inc%3A v2/50%25%0A');
  });

  it('puts errors first, then warnings, then notices, then the totals line', () => {
    // The third warning is the ignore-file entry that matches nothing; the second notice the acknowledged breaking change.
    expect(kinds(render('github'))).to.deep.equal(['error', 'error', 'warning', 'warning', 'warning', 'notice', 'notice', 'text']);
  });

  it('a message can never start a new workflow command', () => {
    const lines = render('github').trimEnd().split('\n');
    expect(lines).to.have.length(8); // 6 findings, an unused ignore entry and the totals line, although messages hold line breaks
    expect(lines[3]).to.match(/^::warning file=connectors\/Odd;Name\]%2C Inc%3A v2\/apiDefinition\.swagger\.json,line=31,title=swagger-param-description-required::/);
    expect(lines[3]).to.include('; see ::error::, a, b.%0A::warning::injected Fix: ');
  });

  it('stays within 10 annotations of each kind, and says how many more there are and where to see them', () => {
    const out = render('github', reportWith({ error: 12, warning: 11, info: 10 }));
    const k = kinds(out);
    expect(k.filter((x) => x === 'error')).to.have.length(10);
    expect(k.filter((x) => x === 'warning')).to.have.length(10);
    expect(k.filter((x) => x === 'notice')).to.have.length(10); // 9 findings + the note
    const lines = out.trimEnd().split('\n');
    expect(lines.slice(-2)).to.deep.equal([
      '::notice title=connector-precheck::4 more findings (2 errors, 1 warning, 1 notice) not shown as annotations: GitHub shows only 10 error and 10 warning annotations per step. See the job summary for all findings (connector-precheck lint --format markdown --output "$GITHUB_STEP_SUMMARY").',
      '1 connector: 0 passed, 1 failed (12 errors, 11 warnings)',
    ]);
    expect(lines[0]).to.equal('::error file=c/A/apiDefinition.swagger.json,line=1,col=1,title=r-error::error 1. Fix: Fix it.');
    expect(lines[9]).to.include('::error 10.');
  });

  it('adds no note when every finding fits', () => {
    const out = render('github', reportWith({ error: 10, warning: 10, info: 10 }));
    expect(kinds(out)).to.have.length(31);
    expect(out).to.not.include('more finding');
  });
});
