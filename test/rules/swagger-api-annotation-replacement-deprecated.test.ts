import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-api-annotation-replacement-deprecated';
const REPLACEMENT = { api: 'contosotasks', operationId: 'GetTask_V2' };

describe(RULE, () => {
  it('flags a replacement on an operation that is not deprecated', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'GetTask', revision: 1, replacement: REPLACEMENT }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/x-ms-api-annotation/replacement', message: 'not marked deprecated' });
  });

  it('accepts a replacement on a deprecated operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get['x-ms-api-annotation'] = { family: 'GetTask', revision: 1, replacement: REPLACEMENT };
        s.paths['/tasks/{taskId}'].get.deprecated = true;
      },
    });
    expectNoFinding(findings, RULE);
  });
});
