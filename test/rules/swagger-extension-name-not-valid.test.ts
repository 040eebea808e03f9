import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-extension-name-not-valid';

describe(RULE, () => {
  it('flags a mis-cased info keyword with a suggestion', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.termsofservice = 'https://contoso.com/terms') });
    expectFinding(findings, { rule: RULE, pointer: '/info/termsofservice', severity: 'error', message: 'did you mean "termsOfService"?' });
  });

  it('flags a custom key without the x- prefix on a path item', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].summary = 'Tasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/summary', message: 'custom keys must start with "x-"' });
  });

  it('accepts x- keys', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.info['x-release-notes'] = 'First version';
        s.paths['/tasks']['x-owner'] = 'tasks team';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
