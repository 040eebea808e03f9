import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-script-operations-exist';

describe(RULE, () => {
  it('flags an operationId that the swagger does not define, suggesting the close one', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.scriptOperations = ['GetTask', 'Gettasks']) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/scriptOperations/1', message: 'did you mean "GetTask"' });
  });

  it('checks script.operationIds too', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        delete p.properties.scriptOperations;
        p.properties.script = { language: 'CSharpScript', operationIds: ['RenameTask'] };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/script/operationIds/0', message: '"RenameTask"' });
  });

  it('says once that the swagger is missing', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.scriptOperations = ['GetTask', 'ListTasks']), files: { 'apiDefinition.swagger.json': null } });
    const finding = expectFinding(findings, { rule: RULE, pointer: '/properties/scriptOperations', message: 'no readable apiDefinition.swagger.json' });
    expectNoFinding(findings.filter((f) => f !== finding), RULE);
  });

  it('accepts existing operationIds', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
