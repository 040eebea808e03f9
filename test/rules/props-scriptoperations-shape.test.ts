import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-scriptoperations-shape';

describe(RULE, () => {
  it('flags scriptOperations written as a string', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.scriptOperations = 'GetTask') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/scriptOperations', message: 'must be an array' });
  });

  it('flags a non-string entry and a duplicate', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.scriptOperations = ['GetTask', 7, 'GetTask']) });
    expectFinding(findings, { rule: RULE, pointer: '/properties/scriptOperations/1' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/scriptOperations/2', message: 'twice' });
  });

  it('flags the older script form without operationIds', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        delete p.properties.scriptOperations;
        p.properties.script = { language: 'CSharpScript' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/script/operationIds', message: 'missing' });
  });

  it('accepts a list of operationIds and an empty list', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.scriptOperations = []) }), RULE);
  });
});
