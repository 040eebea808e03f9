import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-file-size';

describe(RULE, () => {
  it('flags a definition over 1 MB', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.description = 'x'.repeat(1_100_000)) });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', message: 'at most 1 MB' });
  });

  it('accepts a small definition', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.description = 'x'.repeat(1_000_000)) }), RULE);
  });
});
