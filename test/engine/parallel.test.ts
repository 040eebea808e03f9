import { expect } from 'chai';
import * as path from 'node:path';
import { discoverConnectors } from '../../src/engine/discover';
import { Linter } from '../../src/engine/lint';
import { runLint } from '../../src/engine/run';
import { inShard, parseShard } from '../../src/engine/shard';
import { FIXTURES } from '../helpers/lint-case';

describe('parallel lint', () => {
  it('gives the same report, finding for finding, at any concurrency and as the in-process linter', async () => {
    const cwd = path.dirname(FIXTURES);
    const serial = new Linter({ cwd });
    const dirs = await discoverConnectors([FIXTURES], cwd);
    const inProcess = [];
    for (const dir of dirs) inProcess.push(await serial.lintConnector(dir));
    const one = await runLint([FIXTURES], { cwd, concurrency: 1 });
    const two = await runLint([FIXTURES], { cwd, concurrency: 2 });
    expect(one.connectors).to.deep.equal(inProcess);
    expect(two.connectors).to.deep.equal(inProcess);
  });

  it('splits connectors into shards that cover each one exactly once', () => {
    const paths = Array.from({ length: 50 }, (_, i) => `certified-connectors/Connector ${i}`);
    const shards = [parseShard('1/3')!, parseShard('2/3')!, parseShard('3/3')!];
    const counts = paths.map((p) => shards.filter((s) => inShard(p, s)).length);
    expect(counts.every((c) => c === 1)).to.equal(true);
    expect(parseShard('0/3')).to.equal(undefined);
    expect(parseShard('4/3')).to.equal(undefined);
    expect(parseShard('a/b')).to.equal(undefined);
  });
});
