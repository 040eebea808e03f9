import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-ambiguous-formatting';
const bothUsings = (s: string) => s.replace('using Newtonsoft.Json.Linq;', 'using Newtonsoft.Json;\nusing Newtonsoft.Json.Linq;\nusing System.Xml;');

describe(RULE, () => {
  it('flags a bare Formatting when Newtonsoft.Json and System.Xml are both imported', async () => {
    const findings = await lintCase(RULE, { script: (s) => bothUsings(s).replace('body.ToString()', 'body.ToString(Formatting.Indented)') });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 18, column: 64, message: '"Formatting.Indented" is ambiguous' });
  });

  it('accepts the qualified name, and a bare name with only one of the namespaces', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const qualified = (s: string) => bothUsings(s).replace('body.ToString()', 'body.ToString(Newtonsoft.Json.Formatting.Indented)');
    expectNoFinding(await lintCase(RULE, { script: qualified }), RULE);
    const jsonOnly = (s: string) => s.replace('using Newtonsoft.Json.Linq;', 'using Newtonsoft.Json;\nusing Newtonsoft.Json.Linq;').replace('body.ToString()', 'body.ToString(Formatting.Indented)');
    expectNoFinding(await lintCase(RULE, { script: jsonOnly }), RULE);
  });
});
