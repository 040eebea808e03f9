import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-allowed-namespaces';

describe(RULE, () => {
  it('flags a namespace outside the list', async () => {
    const findings = await lintCase(RULE, { script: (s) => s.replace('using System.Net;', 'using System.Net;\nusing System.Data.SqlClient;') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 3, column: 1, message: '"System.Data.SqlClient"' });
  });

  it('flags an alias to a type of a namespace outside the list', async () => {
    const findings = await lintCase(RULE, { script: (s) => 'using Json = System.Text.Json.JsonSerializer;\n' + s });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 1, message: '"System.Text.Json"' });
  });

  it('accepts the listed namespaces, aliases into them, and usings in comments or statements', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const script = (s: string) =>
      '// using System.Data;\nusing Formatting = Newtonsoft.Json.Formatting;\nusing static System.Math;\n' +
      s.replace('var body =', 'using (var stream = new System.IO.MemoryStream()) { }\n            var body =');
    expectNoFinding(await lintCase(RULE, { script }), RULE);
  });
});
