import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameter-name-reserved';

describe(RULE, () => {
  it('flags a parameter named connectionId', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].name = 'connectionId') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/name', message: 'reserved name "connectionId"' });
  });

  it('accepts other names', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].name = 'connectionName') });
    expectNoFinding(findings, RULE);
  });
});
