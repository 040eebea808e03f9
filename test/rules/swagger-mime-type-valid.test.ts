import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-mime-type-valid';

describe(RULE, () => {
  it('flags a root MIME type without subtype', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.consumes = ['json']) });
    expectFinding(findings, { rule: RULE, pointer: '/consumes/0', line: 19, message: '"json"' });
  });

  it('flags a malformed parameter in an operation list', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.produces = ['application/json; charset']) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/produces/0' });
  });

  it('flags a list that is not an array', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.produces = 'application/json') });
    expectFinding(findings, { rule: RULE, pointer: '/produces', message: 'not a list' });
  });

  it('accepts types with parameters and wildcards', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.produces = ['application/json; charset=utf-8', 'application/*+json', '*/*']) }), RULE);
  });
});
