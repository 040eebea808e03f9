import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-not-template';

describe(RULE, () => {
  it('flags the repository template title', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = "Name of connector. Title cannot include words 'API', 'Connector'.") });
    expectFinding(findings, { rule: RULE, pointer: '/info/title', line: 4, message: 'placeholder' });
  });

  it('flags "Default title"', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Default title') });
    expectFinding(findings, { rule: RULE, pointer: '/info/title' });
  });

  it('accepts a real name', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Title Insurance Hub') }), RULE);
  });
});
