import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operations-max-count';

/** Adds `count` GET operations so that the fixture's 4 become 4 + count. */
function addOperations(s: { paths: Record<string, unknown> }, count: number): void {
  for (let i = 0; i < count; i++) {
    s.paths[`/reports/r${i}`] = { get: { operationId: `GetReport${i}`, summary: 'Get a report', description: 'Gets a report.', responses: { '200': { description: 'OK.' } } } };
  }
}

describe(RULE, () => {
  it('flags 257 operations, at paths', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => addOperations(s, 253) });
    expectFinding(findings, { rule: RULE, pointer: '/paths', message: '257 operations; at most 256' });
  });

  it('accepts 256 operations', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => addOperations(s, 252) });
    expectNoFinding(findings, RULE);
  });
});
