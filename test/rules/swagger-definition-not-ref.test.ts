import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-definition-not-ref';

describe(RULE, () => {
  it('flags a definition that only aliases another one', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Item = { $ref: '#/definitions/Task' }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Item/$ref', severity: 'error', message: '"definitions/Item" is only a reference to "#/definitions/Task"' });
  });

  it('flags aliases among shared parameters and responses', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.parameters = { TaskId: s.paths['/tasks/{taskId}'].get.parameters[0], Id: { $ref: '#/parameters/TaskId' } };
        s.responses = { Failed: { description: 'Failed.' }, Error: { $ref: '#/responses/Failed' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/parameters/Id/$ref' });
    expectFinding(findings, { rule: RULE, pointer: '/responses/Error/$ref' });
  });

  it('accepts written-out entries that use references inside', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.TaskList = { type: 'array', items: { $ref: '#/definitions/Task' } }) });
    expectNoFinding(findings, RULE);
  });
});
