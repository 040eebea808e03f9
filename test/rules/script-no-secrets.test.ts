import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-no-secrets';
const insert = (line: string) => (s: string) => s.replace('        if (this.Context.OperationId', `        ${line}\n        if (this.Context.OperationId`);

describe(RULE, () => {
  it('flags a hard-coded API key', async () => {
    const findings = await lintCase(RULE, { script: insert('var apiKey = "a8f3c2d9e7b14f6a9c0d";') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, column: 22, message: '"apiKey"' });
  });

  it('flags a credential added as a header', async () => {
    const findings = await lintCase(RULE, { script: insert('this.Context.Request.Headers.Add("X-Api-Key", "k29fj3k2m5n8q1w4");') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, message: '"X-Api-Key"' });
  });

  it('flags a token in a recognisable format wherever it is', async () => {
    const findings = await lintCase(RULE, { script: insert('var auth = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N";') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 11, message: 'JSON Web Token' });
  });

  it('accepts names, URLs and placeholders', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const lines = 'var apiKeyHeader = "X-Api-Key"; var tokenUrl = "https://login.contoso.com/token2"; var secret = "[[DUMMY]]";';
    expectNoFinding(await lintCase(RULE, { script: insert(lines) }), RULE);
  });
});
