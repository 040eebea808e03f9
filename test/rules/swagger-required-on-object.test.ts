import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-required-on-object';

describe(RULE, () => {
  it('flags "required" on a string property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title.required = ['title']) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/required', severity: 'warning', message: 'its type is "string", not object' });
  });

  it('accepts "required" on objects', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
