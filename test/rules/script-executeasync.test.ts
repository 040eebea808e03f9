import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-executeasync';
const SIGNATURE = 'public override async Task<HttpResponseMessage> ExecuteAsync()';

describe(RULE, () => {
  it('flags ExecuteAsync without override', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace(SIGNATURE, 'public async Task<HttpResponseMessage> ExecuteAsync()') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 9, column: 18, message: 'is not declared override' });
  });

  it('flags a wrong return type', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace(SIGNATURE, 'public override async Task<string> ExecuteAsync()') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 9, message: 'returns Task<string>' });
  });

  it('flags a script without ExecuteAsync', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace('ExecuteAsync()', 'RunAsync()') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 1, message: 'does not implement ExecuteAsync' });
  });

  it('accepts the documented signature, fully qualified types and calls elsewhere', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const qualified = 'public override async System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> ExecuteAsync()';
    expectNoFinding(await lintCase(RULE, { script: (s) => s.replace(SIGNATURE, qualified) }), RULE);
  });
});
