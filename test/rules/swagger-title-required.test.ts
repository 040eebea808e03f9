import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-required';

describe(RULE, () => {
  it('flags a missing title, pointing at the missing key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info.title });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 3 });
  });

  it('flags a blank title', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = '   ') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 4 });
  });

  it('flags a swagger without info', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.info });
    expectFinding(findings, { rule: RULE, pointer: '/info' });
  });

  it('accepts a title', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
