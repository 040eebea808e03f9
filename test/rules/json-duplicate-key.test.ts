import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'json-duplicate-key';

describe(RULE, () => {
  it('flags a key written twice in one object, at the second one', async () => {
    const text = '{\n    "properties": {\n        "publisher": "Contoso Ltd",\n        "publisher": "Contoso",\n        "iconBrandColor": "#1f6f8b"\n    }\n}\n';
    const findings = await lintCase(RULE, { apiProperties: () => text });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', line: 4, column: 9, pointer: '/properties/publisher', message: '"publisher"' });
  });

  it('accepts the same key in different objects', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
