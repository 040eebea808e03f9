import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-item-empty';

describe(RULE, () => {
  it('flags a path without operations', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/archive'] = {}) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1archive', message: '"/archive" defines no operation' });
  });

  it('keeps paths that only hold a webhook notification payload', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/hooks/task'] = { 'x-ms-notification-content': { description: 'A task event.', schema: { type: 'object' } } }),
    });
    expectNoFinding(findings, RULE);
  });
});
