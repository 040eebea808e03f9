import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-operations-handled';

describe(RULE, () => {
  it('flags a routed operation the script never names', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void p.properties.scriptOperations.push('ListTasks') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/scriptOperations/1', message: '"ListTasks"' });
  });

  it('accepts a script that handles every routed operation', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });

  it('accepts a script that treats every operation alike', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => void p.properties.scriptOperations.push('ListTasks'),
      script: (s) => s.replace('if (this.Context.OperationId == "GetTask")', 'if (true)'),
    });
    expectNoFinding(findings, RULE);
  });
});
