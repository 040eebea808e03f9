import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-non-body-parameter-no-schema';

describe(RULE, () => {
  it('flags a query parameter with a schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].schema = { type: 'string' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/schema', message: 'only body parameters take one' });
  });

  it('accepts a schema on the body parameter', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
