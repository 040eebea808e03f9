import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-redefined';

describe(RULE, () => {
  it('flags a path repeated with different capitals', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/Tasks'] = { put: s.paths['/tasks'].post }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1Tasks', message: '"/Tasks" is the path "/tasks"' });
  });

  it('accepts distinct paths', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
