import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/model/finding';
import type { ConnectorReport, Report } from '../../src/model/report';
import { summarize } from '../../src/model/report';
import { createMarkdownReporter, escapeMarkdown, GITHUB_SUMMARY_LIMIT, MAX_CELL_CHARS } from '../../src/reporters/markdown';
import { CATALOG, REPORT } from './fixture';

function connector(name: string, findings: number, message = 'A message.'): ConnectorReport {
  const list: Finding[] = Array.from({ length: findings }, (_, i) => ({
    rule: 'swagger-title-max-length',
    severity: 'error' as const,
    file: 'apiDefinition.swagger.json',
    pointer: `/paths/${i}`,
    line: i + 1,
    column: 3,
    message,
    fix: 'Fix it.',
  }));
  return { path: `certified-connectors/${name}`, title: name, program: 'verified', passed: findings === 0, findings: list };
}

function reportOf(connectors: ConnectorReport[]): Report {
  return { tool: REPORT.tool, summary: summarize(connectors), connectors };
}

describe('markdown', () => {
  it('escapes Markdown and HTML as character references, line breaks as <br>', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <img src=x> | & \\ ~f~ $g$ 100%\r\nnext\u0007')).to.equal(
      '&#42;a&#42; &#95;b&#95; &#96;c&#96; &#91;d&#93;(e) &lt;img src=x&gt; &#124; &amp; &#92; &#126;f&#126; &#36;g&#36; 100%<br>next\ufffd',
    );
  });

  it('cuts detail with a visible note to stay under the limit', () => {
    const report = reportOf([connector('A', 3), connector('B', 40), connector('C', 5), connector('D', 0)]);
    const out = createMarkdownReporter({ maxBytes: 4000 })(report, { catalog: CATALOG, color: false });
    expect(Buffer.byteLength(out)).to.be.at.most(4000);
    expect(out).to.equal(fs.readFileSync(path.join(__dirname, 'expected', 'markdown-truncated.md'), 'utf8'));
  });

  it('keeps a run with huge messages under GitHub’s 1 MiB summary limit, listing every connector', () => {
    const connectors = Array.from({ length: 300 }, (_, i) => connector(`C${i}`, 20, `${'<b>long</b> '.repeat(40)}.`));
    const out = createMarkdownReporter()(reportOf(connectors), { catalog: CATALOG, color: false });
    expect(Buffer.byteLength(out)).to.be.at.most(GITHUB_SUMMARY_LIMIT);
    expect(Buffer.byteLength(out)).to.be.above(GITHUB_SUMMARY_LIMIT - 8 * 1024);
    for (const c of connectors) expect(out).to.include(`| ${c.path} | verified | 20 | 0 | ❌ FAIL |`);
    expect(out).to.match(/\*\*Truncated:\*\* \d+ findings not shown \(the details of \d+ connectors are left out\)/);
    expect(out.match(/<details>/g)?.length).to.equal(out.match(/<\/details>/g)?.length);
  });

  it('shortens a very long message, so that one finding cannot crowd out the others', () => {
    const out = createMarkdownReporter()(reportOf([connector('Long', 2, 'x'.repeat(5000))]), { catalog: CATALOG, color: false });
    expect(out).to.include(` | ${'x'.repeat(MAX_CELL_CHARS - 1)}… | Fix it. |`);
    expect(out.match(/\| x+… \|/g)).to.have.length(2);
  });

  it('lists no details section for a connector without findings', () => {
    const out = createMarkdownReporter()(reportOf([connector('Clean', 0)]), { catalog: CATALOG, color: false });
    expect(out).to.include('| certified-connectors/Clean | verified | 0 | 0 | ✅ PASS |');
    expect(out).to.not.include('<details>');
  });
});
