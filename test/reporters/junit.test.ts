import { expect } from 'chai';
import type { Report } from '../../src/model/report';
import { escapeXmlAttribute, escapeXmlText } from '../../src/reporters/junit';
import { REPORT, render } from './fixture';
import { parseXml } from './xml';

const NASTY = 'a < b & c > d "q" \'s\' ]]> \u0000\u0007\u001f\uffff \ud800 tab\there\r\nnext <![CDATA[x]]> &amp;';

describe('junit', () => {
  it('is well-formed XML that keeps every string as written', () => {
    const suites = parseXml(render('junit'));
    expect(suites.name).to.equal('testsuites');
    expect(suites.attributes).to.include({ tests: '9', failures: '2', errors: '0' });
    const [contoso, tide, odd, unused] = suites.children;
    expect(contoso.children[0].children[0].attributes).to.deep.equal({ name: 'title', value: REPORT.connectors[0].title });
    const failure = contoso.children[1].children[0];
    expect(failure.name).to.equal('failure');
    expect(failure.attributes.message).to.equal(REPORT.connectors[0].findings[0].message);
    expect(contoso.children[2].children[0].text).to.include('Parameter "$top" has no description.\r\nReviewers ask');
    expect(tide.children.map((c) => c.name)).to.deep.equal(['properties', 'testcase']);
    expect(tide.children[1].children).to.deep.equal([]);
    expect(odd.attributes.name).to.equal('connectors/Odd;Name], Inc: v2');
    expect(odd.attributes.failures).to.equal('0');
    // A suppressed finding is a skipped test case saying why; an acknowledged breaking change passes with its reason.
    expect(contoso.attributes).to.include({ tests: '5', skipped: '1' });
    expect(contoso.children[5].children[0]).to.include({ name: 'skipped' });
    expect(contoso.children[5].children[0].attributes.message).to.equal('Suppressed by the ignore file: Internal parameter, hidden from users.');
    expect(odd.children[2].children[0].name).to.equal('system-out');
    expect(odd.children[2].children[0].text).to.match(/^acknowledged: .*\nThe operation "DeleteItem".*\nAcknowledged: Never published/);
    // Ignore-file entries that match nothing: one last suite of passing test cases that say so.
    expect(unused.attributes).to.include({ name: 'unused ignore-file entries', tests: '1', failures: '0' });
    expect(unused.children[0].attributes).to.include({ name: '.connector-precheck-ignore.yaml entry 3', file: '.connector-precheck-ignore.yaml' });
  });

  it('escapes text and attributes, and replaces characters XML cannot carry', () => {
    expect(escapeXmlText('a < b & "c"\r\n\u0007')).to.equal('a &lt; b &amp; "c"&#13;\n\ufffd');
    expect(escapeXmlAttribute('a "b" \'c\'\n\td')).to.equal('a &quot;b&quot; &apos;c&apos;&#10;&#9;d');
    const report: Report = {
      ...REPORT,
      connectors: [{ ...REPORT.connectors[0], path: NASTY, title: NASTY, findings: [{ ...REPORT.connectors[0].findings[0], message: NASTY, fix: NASTY }] }],
    };
    const suites = parseXml(render('junit', report));
    const suite = suites.children[0];
    const expected = NASTY.replace(/[\u0000\u0007\u001f\uffff\ud800]/g, '\ufffd');
    expect(suite.attributes.name).to.equal(expected);
    expect(suite.children[1].children[0].attributes.message).to.equal(expected);
    expect(suite.children[1].children[0].text).to.include(expected);
  });
});
