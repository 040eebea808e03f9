import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-no-api-word';

describe(RULE, () => {
  it('flags the word API in the description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'The Contoso Tasks API lets teams keep their to-do lists in one place.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, severity: 'warning', message: '"API"' });
  });

  it('accepts words that only contain the letters', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Rapid capital planning: Contoso Tasks keeps team to-do lists in one place.') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
