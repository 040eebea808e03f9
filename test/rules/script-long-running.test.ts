import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-long-running';
const insert = (line: string) => (s: string) => s.replace('        if (this.Context.OperationId', `        ${line}\n        if (this.Context.OperationId`);

describe(RULE, () => {
  it('flags Thread.Sleep', async () => {
    const findings = await lintCase(RULE, { script: insert('System.Threading.Thread.Sleep(500);') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, message: 'Thread.Sleep' });
  });

  it('flags a delay of several seconds', async () => {
    const findings = await lintCase(RULE, { script: insert('await Task.Delay(TimeSpan.FromSeconds(3));') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, message: 'waits 3 s' });
  });

  it('flags a polling loop', async () => {
    const findings = await lintCase(RULE, { script: insert('while (!done) { done = await Poll(); await Task.Delay(200); }') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, message: 'inside a loop' });
  });

  it('accepts a short delay outside loops, and the words in strings', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { script: insert('await Task.Delay(250); var s = "Thread.Sleep(9000)";') }), RULE);
  });
});
