import { expect } from 'chai';
import * as path from 'node:path';
import { runLint } from '../../src/engine/run';
import { expectFinding, expectNoFinding, GOOD } from '../helpers/lint-case';

describe('lint-timeout', () => {
  it('stops a connector that runs past the time limit and reports it, and lints the next one', async () => {
    const cwd = path.dirname(GOOD.verified);
    // 1 ms: the first connector cannot finish (the worker is still loading), so it must be stopped.
    const report = await runLint([GOOD.verified, GOOD.independent], { cwd, concurrency: 1, timeoutMs: 1 });
    expect(report.connectors).to.have.length(2);
    expectFinding(report.connectors[0].findings, { rule: 'lint-timeout', file: '.', message: 'longer than 0.001 s' });
    expect(report.connectors[0].passed).to.equal(false);
  });

  it('reports nothing with a normal limit', async () => {
    const report = await runLint([GOOD.verified], { cwd: path.dirname(GOOD.verified), concurrency: 1, timeoutMs: 60_000 });
    expectNoFinding(report.connectors[0].findings, 'lint-timeout');
  });
});
