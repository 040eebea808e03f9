import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-summary-max-length';

describe(RULE, () => {
  it('flags a summary of 81 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'L' + 'ist all tasks'.padEnd(80, 's')) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: '81 characters' });
  });

  it('accepts a summary of exactly 80 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'L' + 'ist all tasks'.padEnd(79, 's')) });
    expectNoFinding(findings, RULE);
  });
});
