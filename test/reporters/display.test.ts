import { expect } from 'chai';
import type { Finding, Severity } from '../../src/model/finding';
import type { Report } from '../../src/model/report';
import { summarize } from '../../src/model/report';
import { REPORTERS } from '../../src/reporters';
import { plainLine, plainPath, shownFindings } from '../../src/reporters/common';
import type { DisplayOptions } from '../../src/reporters/types';
import { CATALOG, CWD, REPORT, render } from './fixture';

function renderWith(format: string, display: DisplayOptions, report: Report = REPORT): string {
  return REPORTERS[format](report, { catalog: CATALOG, color: false, cwd: CWD, ...display });
}

const finding = (severity: Severity, line: number): Finding => ({ rule: `r-${severity}`, severity, file: 'a.json', line, message: `${severity} at ${line}.`, fix: 'Fix it.' });

/** One failing connector with 3 errors, 4 warnings and 2 notes, in file order (severities mixed). */
function bigReport(): Report {
  const severities: Severity[] = ['warning', 'error', 'info', 'warning', 'warning', 'error', 'info', 'warning', 'error'];
  const connectors = [{ path: 'c/Big', title: 'Big', program: 'verified' as const, passed: false, findings: severities.map((s, i) => finding(s, i + 1)) }];
  return { tool: REPORT.tool, summary: summarize(connectors), connectors };
}

describe('--max-problems and --quiet (display options)', () => {
  it('keeps the most severe findings, in report order, and counts what it leaves out', () => {
    const shown = shownFindings(bigReport().connectors[0].findings, { maxProblems: 4 });
    expect(shown.findings.map((f) => f.line)).to.deep.equal([1, 2, 6, 9]);
    expect(shown).to.include({ more: 5, moreCounts: '3 warnings, 2 notes' });
    expect(shownFindings(bigReport().connectors[0].findings, { maxProblems: 9 }).more).to.equal(0);
    expect(shownFindings(bigReport().connectors[0].findings, { quiet: true }).findings.map((f) => f.line)).to.deep.equal([2, 6, 9]);
    expect(shownFindings(bigReport().connectors[0].findings, { quiet: true, maxProblems: 1 })).to.include({ more: 2, moreCounts: '2 errors' });
  });

  it('stylish: lists at most n findings per connector with a line saying how many more, counts unchanged', () => {
    const out = renderWith('stylish', { maxProblems: 2 }, bigReport());
    expect(out.match(/^ {2}a\.json:/gm)).to.have.length(2);
    expect(out).to.include('  … and 7 more (1 error, 4 warnings, 2 notes; see --format json)\n  FAIL  3 errors, 4 warnings\n');
    expect(out).to.include('1 connector: 0 passed, 1 failed (3 errors, 4 warnings)');
    // --max-problems 0: counts only.
    expect(renderWith('stylish', { maxProblems: 0 }, bigReport())).to.not.match(/^ {2}a\.json:/m);
  });

  it('stylish --quiet: errors only; warnings and notes are still counted', () => {
    const out = renderWith('stylish', { quiet: true });
    expect(out).to.not.match(/\bwarning {2}|\binfo {2}|acknowledged {2}/);
    expect(out.match(/ error {4}/g)).to.have.length(2);
    expect(out).to.include('  PASS  0 errors, 1 warning, 1 acknowledged\n');
    expect(out).to.include('(2 errors, 2 warnings, 1 suppressed, 1 acknowledged)');
    expect(out).to.not.include('more (');
  });

  it('markdown and html: the same cap, with the same note', () => {
    const md = renderWith('markdown', { maxProblems: 2 }, bigReport());
    expect(md.match(/^\| a\.json:/gm)).to.have.length(2);
    expect(md).to.include('_… and 7 more (1 error, 4 warnings, 2 notes; see --format json)._');
    expect(md).to.include('| c/Big | verified | 3 | 4 | ❌ FAIL |');
    const html = renderWith('html', { maxProblems: 2 }, bigReport());
    expect(html.match(/<tr class="finding"/g)).to.have.length(2);
    expect(html).to.include('<tr class="more"><td colspan="5">… and 7 more (1 error, 4 warnings, 2 notes; see --format json)</td></tr>');
    expect(renderWith('html', { quiet: true }, bigReport()).match(/<tr class="finding"/g)).to.have.length(3);
  });

  it('the record formats (json, sarif, junit) and summary ignore both options; github and azure-pipelines ignore the cap', () => {
    for (const format of ['json', 'sarif', 'junit', 'summary']) {
      expect(renderWith(format, { maxProblems: 0, quiet: true }), format).to.equal(render(format));
    }
    for (const format of ['github', 'azure-pipelines']) expect(renderWith(format, { maxProblems: 0 }), format).to.equal(render(format));
  });

  it('github --quiet: error annotations only, the ignore-file warning stays, totals unchanged', () => {
    const lines = renderWith('github', { quiet: true }).trimEnd().split('\n');
    expect(lines.map((l) => /^::(\w+)/.exec(l)?.[1] ?? 'text')).to.deep.equal(['error', 'error', 'warning', 'text']);
    expect(lines[2]).to.match(/^::warning file=\.connector-precheck-ignore\.yaml,title=unused ignore-file entry::/);
  });
});

describe('suppressed, acknowledged and unused ignore entries in every format', () => {
  it('every text format says "1 suppressed" and "1 acknowledged" in its totals', () => {
    for (const format of ['stylish', 'github', 'azure-pipelines', 'markdown', 'summary']) {
      expect(render(format), format).to.include('(2 errors, 2 warnings, 1 suppressed, 1 acknowledged)');
    }
    expect(render('html')).to.include('2 errors, 2 warnings, 1 suppressed, 1 acknowledged');
  });

  it('no format lists a suppressed finding as a problem', () => {
    for (const format of ['stylish', 'github', 'azure-pipelines', 'markdown', 'summary', 'html', 'sarif']) {
      expect(render(format), format).to.not.include('legacyId');
    }
  });

  it('every format names the ignore-file entry that matches nothing', () => {
    for (const format of ['stylish', 'github', 'azure-pipelines', 'markdown', 'summary', 'html', 'sarif', 'junit']) {
      expect(render(format), format).to.match(/\.connector-precheck-ignore\.yaml: entry 3 \(connector (&quot;|\\?")certified-connectors\/Old(\*|&#42;)(&quot;|\\?"), rule swagger-title-max-length\) matched no finding/);
    }
  });

  it('the summary format has a Suppressed column when something was suppressed', () => {
    const lines = render('summary').split('\n');
    expect(lines[0]).to.match(/^Connector +Program +Errors +Warnings +Suppressed +Result$/);
    expect(lines[1]).to.match(/^certified-connectors\/Contoso Tasks +verified +2 +1 +1 +FAIL$/);
    expect(render('summary', { ...REPORT, connectors: [REPORT.connectors[1]] }).split('\n')[0]).to.not.include('Suppressed');
  });
});

describe('plain lines for terminals and CI logs (stylish, summary)', () => {
  it('turns line breaks and tabs into spaces, other control characters into U+FFFD, and encodes ##vso[', () => {
    expect(plainLine('a\r\nb\nc\rd\te\u2028f')).to.equal('a b c d e f');
    expect(plainLine('red \u001b[31mX\u001b[0m \u0007\u009b')).to.equal('red \ufffd[31mX\ufffd[0m \ufffd\ufffd');
    expect(plainLine('x ##vso[task.setvariable variable=a]1 ##VSO[y')).to.equal('x ##vso%5Btask.setvariable variable=a]1 ##VSO%5By');
    expect(plainPath('::error::x')).to.equal('./::error::x');
    expect(plainPath('c/::error::x')).to.equal('c/::error::x');
  });

  it('no line of stylish or summary output can be read as a GitHub or Azure command', () => {
    const hostile: Report = {
      ...REPORT,
      connectors: [{ ...REPORT.connectors[0], path: '::warning::path', title: 'T\n::error::title', findings: [{ ...REPORT.connectors[0].findings[0], message: 'm\n::error::x\r\n##vso[task.setvariable variable=a]1', fix: 'f\n::add-mask::y' }] }],
    };
    for (const format of ['stylish', 'summary']) {
      for (const line of render(format, hostile).split('\n')) {
        expect(line.trimStart(), format).to.not.match(/^::/);
        expect(line, format).to.not.match(/##vso\[/i);
      }
    }
  });
});
