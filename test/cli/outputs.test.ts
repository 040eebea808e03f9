import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../src/cli/exit';
import { pairOutputs, writeOutputs, type OutputArg } from '../../src/cli/outputs';
import { CATALOG, REPORT, render } from '../reporters/fixture';

/** `-f x -o y` as the list of options the parser records, in order. */
function args(...tokens: string[]): OutputArg[] {
  const out: OutputArg[] = [];
  for (let i = 0; i < tokens.length; i += 2) out.push(tokens[i] === '-f' ? { format: tokens[i + 1] } : { file: tokens[i + 1] });
  return out;
}

describe('pairing -f/--format with -o/--output', () => {
  it('defaults to stylish on standard output', () => {
    expect(pairOutputs([])).to.deep.equal([{ format: 'stylish' }]);
  });

  it('sends an output without a format to stylish', () => {
    expect(pairOutputs(args('-o', 'out.txt'))).to.deep.equal([{ format: 'stylish', file: 'out.txt' }]);
  });

  it('pairs one format and one output in either order', () => {
    expect(pairOutputs(args('-f', 'json', '-o', 'r.json'))).to.deep.equal([{ format: 'json', file: 'r.json' }]);
    expect(pairOutputs(args('-o', 'r.json', '-f', 'json'))).to.deep.equal([{ format: 'json', file: 'r.json' }]);
  });

  it('gives each output to the format just before it; a format without one goes to standard output', () => {
    expect(pairOutputs(args('-f', 'sarif', '-o', 'report.sarif', '-f', 'stylish'))).to.deep.equal([
      { format: 'sarif', file: 'report.sarif' },
      { format: 'stylish' },
    ]);
    expect(pairOutputs(args('-f', 'github', '-f', 'markdown', '-o', 'summary.md', '-f', 'sarif', '-o', 'r.sarif'))).to.deep.equal([
      { format: 'github' },
      { format: 'markdown', file: 'summary.md' },
      { format: 'sarif', file: 'r.sarif' },
    ]);
  });

  const usage = (tokens: string[], message: RegExp) => expect(() => pairOutputs(args(...tokens))).to.throw(UsageError, message);

  it('refuses two formats on standard output', () => {
    usage(['-f', 'json', '-f', 'github'], /json and github would both go to standard output/);
    usage(['-f', 'json', '-o', 'a.json', '-f', 'github', '-f', 'stylish'], /github and stylish would both go to standard output/);
  });

  it('refuses an output that belongs to no format, two outputs for one format, and one file for two formats', () => {
    usage(['-o', 'a', '-o', 'b'], /no --format/);
    usage(['-o', 'a', '-f', 'json', '-f', 'sarif', '-o', 'b'], /--output a comes before any --format/);
    usage(['-f', 'json', '-o', 'a', '-o', 'b'], /--format json has two outputs \(a and b\)/);
    usage(['-f', 'json', '-o', 'same', '-f', 'sarif', '-o', './same'], /same is the output of both --format json and --format sarif/);
  });
});

describe('writing outputs', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-out-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('writes each format to its file, creating the folders of the named path, without colour', () => {
    writeOutputs(REPORT, [{ format: 'stylish', file: 'a/b/out.txt' }, { format: 'junit', file: 'junit.xml' }], { catalog: CATALOG, cwd: tmp });
    expect(fs.readFileSync(path.join(tmp, 'a/b/out.txt'), 'utf8')).to.equal(render('stylish', REPORT, tmp));
    expect(fs.readFileSync(path.join(tmp, 'junit.xml'), 'utf8')).to.equal(render('junit', REPORT, tmp));
    expect(fs.readdirSync(tmp).sort()).to.deep.equal(['a', 'junit.xml']);
  });

  it('reports a file it cannot write as a usage error (exit code 2)', () => {
    expect(() => writeOutputs(REPORT, [{ format: 'markdown', file: '.' }], { catalog: CATALOG, cwd: tmp })).to.throw(
      UsageError,
      /^Cannot write the markdown output to \.: EISDIR/,
    );
  });
});
