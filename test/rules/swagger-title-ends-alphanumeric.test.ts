import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-ends-alphanumeric';

describe(RULE, () => {
  it('flags a title ending with a full stop', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Tasks.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 4, message: 'ends with "."' });
  });

  it('flags a trailing space or line break', async () => {
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Tasks ') }), { rule: RULE, message: 'a space' });
    expectFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Tasks\n') }), { rule: RULE, message: 'a line break' });
  });

  it('accepts letters, digits and a closing parenthesis at the end', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso 365') }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Tasks (Europe)') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
