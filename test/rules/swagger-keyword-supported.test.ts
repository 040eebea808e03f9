import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-keyword-supported';

describe(RULE, () => {
  it('flags uniqueItems on a schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.responses['200'].schema.uniqueItems = true) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/200/schema/uniqueItems', severity: 'error', message: 'uses "uniqueItems"' });
  });

  it('accepts the good connector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
