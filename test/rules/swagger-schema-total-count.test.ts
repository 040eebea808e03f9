import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schema-total-count';

/** `n` definitions of one schema object each. */
function definitions(n: number): Record<string, object> {
  const result: Record<string, object> = {};
  for (let i = 0; i < n; i++) result[`Item${i}`] = { type: 'string' };
  return result;
}

describe(RULE, () => {
  it('flags a swagger with more than 5,000 schema objects', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions, definitions(5000)) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions', severity: 'error', message: 'holds 5011 schema objects' });
  });

  it('accepts a swagger of exactly 5,000 schema objects (the fixture holds 11)', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions, definitions(4989)) }), RULE);
  });
});
