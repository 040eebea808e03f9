import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-array-not-empty';

describe(RULE, () => {
  it('flags an empty required list', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.required = []) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/required', severity: 'error', message: 'Definition "Task" has an empty "required" list.' });
  });

  it('flags an empty enum on a parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].enum = []) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/enum', message: 'empty "enum" list' });
  });

  it('accepts non-empty lists', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.required = ['id']) }), RULE);
  });
});
