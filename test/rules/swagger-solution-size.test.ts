import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-solution-size';

describe(RULE, () => {
  it('flags a verified definition over 500,000 characters minified', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.description = 'x'.repeat(500_000)) });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', severity: 'warning', message: 'at most 500,000' });
  });

  it('counts minified characters, not the indentation', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.description = 'x'.repeat(490_000)) }), RULE);
  });

  it('does not apply to independent publishers', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.definitions.Tide = { description: 'x'.repeat(500_000) }) }), RULE);
  });
});
