import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-required';

describe(RULE, () => {
  it('flags a missing description at the missing key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info.description });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', message: 'is missing' });
  });

  it('flags a blank description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = '  ') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, message: 'is empty' });
  });

  it('accepts a description', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
