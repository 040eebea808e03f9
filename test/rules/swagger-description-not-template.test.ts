import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-not-template';

describe(RULE, () => {
  it('flags the repository template description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Short description of the connecting service, between 30 and 500 characters.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, message: 'placeholder' });
  });

  it('accepts a real description', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
