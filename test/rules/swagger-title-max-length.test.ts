import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-title-max-length';

describe(RULE, () => {
  it('flags a title of 31 characters, at info.title', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Enterprise Task Tracker') });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', pointer: '/info/title', line: 4, message: '31 characters' });
  });

  it('accepts a title of exactly 30 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.title = 'Contoso Enterprise Task Tracke') });
    expectNoFinding(findings, RULE);
  });
});
