import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-restricted-words';

describe(RULE, () => {
  it('flags Power Automate in the description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Use Contoso Tasks in Power Automate to keep the team to-do list current.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5, message: '"Power Automate"' });
  });

  it('flags Copilot Studio and Logic Apps together', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Contoso Tasks for Copilot Studio agents and logic apps workflows.') });
    expectFinding(findings, { rule: RULE, message: '"Copilot Studio" and "logic apps"' });
  });

  it('accepts a description of the service', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Contoso Tasks gives power users apps to automate their task lists.') }), RULE);
  });
});
