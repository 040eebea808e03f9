import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-parameters-match-template';

describe(RULE, () => {
  it('flags a template variable without a path parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0].name = 'id') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters', message: 'no "in": "path" parameter named "taskId"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/name', message: 'path parameter "id"' });
  });

  it('accepts path parameters declared on the path item', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const item = s.paths['/tasks/{taskId}'];
        item.parameters = [item.get.parameters[0]];
        item.get.parameters = [];
        item.delete.parameters = [];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
