import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-restricted-words';

describe(RULE, () => {
  it('flags the word API in the title', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Tasks API') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 4, message: '"API"' });
  });

  it('flags "Connector" in any case', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso connector') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', message: '"connector"' });
  });

  it('flags a product name written without its space', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Tasks for PowerApps') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', message: '"PowerApps"' });
  });

  it('leaves the template placeholder to swagger-title-not-template', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = "Name of connector. Title cannot include words 'API', 'Connector'.") });
    expectNoFinding(findings, RULE);
  });

  it('accepts a title where the letters only appear inside a word', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'APITemplate Rapid') }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
