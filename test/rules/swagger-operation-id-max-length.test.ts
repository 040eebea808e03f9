import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-id-max-length';

describe(RULE, () => {
  it('flags an operationId of 81 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.operationId = 'List'.padEnd(81, 'X')) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/operationId', message: '81 characters' });
  });

  it('accepts 80 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.operationId = 'List'.padEnd(80, 'X')) });
    expectNoFinding(findings, RULE);
  });
});
