import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-exclusive-bound-requires-bound';

describe(RULE, () => {
  it('flags exclusiveMaximum without maximum', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.score = { type: 'number', exclusiveMaximum: true }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/score/exclusiveMaximum', severity: 'error', message: 'has exclusiveMaximum without maximum' });
  });

  it('flags exclusiveMinimum without minimum', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.score = { type: 'number', exclusiveMinimum: true, maximum: 5 }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/score/exclusiveMinimum' });
  });

  it('accepts the flags next to their bounds', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.definitions.Task.properties.score = { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false }),
    });
    expectNoFinding(findings, RULE);
  });
});
