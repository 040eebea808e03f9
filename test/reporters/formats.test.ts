import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORTERS } from '../../src/reporters';
import { CATALOG, CWD, REPORT, render } from './fixture';

/**
 * Every CI format pinned on one hand-written report (./fixture.ts). The expected files were checked by hand; when a
 * format changes on purpose, edit its file in the same change, never regenerate it blindly.
 */
const EXPECTED: Record<string, string> = {
  stylish: 'stylish.txt',
  json: 'json.json',
  sarif: 'sarif.sarif',
  github: 'github.txt',
  markdown: 'markdown.md',
  junit: 'junit.xml',
  'azure-pipelines': 'azure-pipelines.txt',
};

describe('output formats on a fixed report', () => {
  for (const [format, file] of Object.entries(EXPECTED)) {
    it(`${format} prints exactly expected/${file}`, () => {
      expect(render(format)).to.equal(fs.readFileSync(path.join(__dirname, 'expected', file), 'utf8'));
    });
  }

  it('json is the report itself, unchanged (design.md)', () => {
    expect(JSON.parse(render('json'))).to.deep.equal(REPORT);
  });

  it('stylish colours only when asked', () => {
    const coloured = REPORTERS.stylish(REPORT, { catalog: CATALOG, color: true, cwd: CWD });
    expect(coloured).to.include('\u001b[');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).to.equal(render('stylish'));
  });

  it('no format depends on colour, except stylish when asked', () => {
    for (const format of Object.keys(EXPECTED).filter((f) => f !== 'stylish')) {
      expect(REPORTERS[format](REPORT, { catalog: CATALOG, color: true, cwd: CWD }), format).to.equal(render(format));
    }
  });

  it('depends on the working directory only where documented: SARIF base URI, ignore-file paths shown relative to it', () => {
    const noUnused = { ...REPORT, unusedIgnores: undefined };
    for (const format of Object.keys(EXPECTED).filter((f) => f !== 'sarif')) {
      expect(REPORTERS[format](noUnused, { catalog: CATALOG, color: false }), format).to.equal(render(format, noUnused));
      // Without a working directory, the ignore file is named as the report has it.
      if (format !== 'json') expect(render(format, REPORT, null), format).to.include('/work/repo/.connector-precheck-ignore.yaml');
    }
  });

  it('every format handles a run without connectors', () => {
    const empty = { tool: REPORT.tool, summary: { connectors: 0, passed: 0, failed: 0, errors: 0, warnings: 0 }, connectors: [] };
    for (const format of Object.keys(EXPECTED)) expect(render(format, empty), format).to.match(/\S\n$/);
    expect(render('github', empty)).to.equal('0 connectors: 0 passed, 0 failed (0 errors, 0 warnings)\n');
    expect(render('azure-pipelines', empty)).to.equal(
      '0 connectors: 0 passed, 0 failed (0 errors, 0 warnings)\n##vso[task.complete result=Succeeded;]\n',
    );
  });
});
