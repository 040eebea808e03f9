import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-class-script';

describe(RULE, () => {
  it('flags a ScriptBase class with another name', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace('public class Script : ScriptBase', 'public class TasksScript : ScriptBase') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 7, column: 8, message: '"TasksScript" derives from ScriptBase' });
  });

  it('flags a class Script without the base class, even when a comment shows the right one', async () => {
    const findings = await lintCase(RULE, {
      script: (s) => s.replace('public class Script : ScriptBase', '// public class Script : ScriptBase\npublic class Script'),
    });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 8, message: 'does not derive from ScriptBase' });
  });

  it('flags a class Script that is not public', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace('public class Script', 'internal class Script') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 7, message: 'not declared public' });
  });

  it('accepts public class Script : ScriptBase', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { script: (s) => s.replace('public class Script : ScriptBase', 'public sealed class Script: ScriptBase, IDisposable') }), RULE);
  });
});
