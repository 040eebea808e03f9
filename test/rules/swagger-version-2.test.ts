import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-version-2';

describe(RULE, () => {
  it('flags another Swagger version at /swagger', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.swagger = '3.0') });
    expectFinding(findings, { rule: RULE, pointer: '/swagger', line: 2, message: '"3.0"' });
  });

  it('flags a number instead of the string "2.0"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.swagger = 2) });
    expectFinding(findings, { rule: RULE, pointer: '/swagger', message: 'not a string' });
  });

  it('flags an OpenAPI 3 document at /openapi', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify({ openapi: '3.0.1', ...s, swagger: undefined }, null, 4) });
    expectFinding(findings, { rule: RULE, pointer: '/openapi', line: 2, message: 'only Swagger 2.0' });
  });

  it('accepts "swagger": "2.0"', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
