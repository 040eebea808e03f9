import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-no-httpclient';
const insert = (line: string) => (s: string) => s.replace('        if (this.Context.OperationId', `        ${line}\n        if (this.Context.OperationId`);

describe(RULE, () => {
  it('flags a new HttpClient', async () => {
    const findings = await lintCase(RULE, { script: insert('var client = new HttpClient();') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, column: 22, severity: 'warning' });
  });

  it('flags a target-typed HttpClient', async () => {
    const findings = await lintCase(RULE, { script: insert('HttpClient client = new();') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11 });
  });

  it('accepts Context.SendAsync, and the words in strings and comments', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { script: insert('var note = "no new HttpClient() here"; // new HttpClient()') }), RULE);
  });
});
