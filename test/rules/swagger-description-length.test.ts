import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-length';

describe(RULE, () => {
  it('flags a description under 30 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Manage tasks.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, message: '13 characters' });
  });

  it('flags a description over 500 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Contoso Tasks. '.repeat(34)) });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', message: '510 characters' });
  });

  it('accepts 30 and 500 characters', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Contoso Tasks manages to-dos..') }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.description = 'x'.repeat(500)) }), RULE);
  });
});
