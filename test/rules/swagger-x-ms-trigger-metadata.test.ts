import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-x-ms-trigger-metadata';

describe(RULE, () => {
  it('flags a mode other than polling', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-trigger-metadata'] = { kind: 'query', mode: 'push' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-trigger-metadata/mode', severity: 'error', message: 'it must be "polling"' });
  });

  it('flags a missing kind', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-trigger-metadata'] = { mode: 'polling' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-trigger-metadata/kind', message: 'has no "kind"' });
  });

  it('accepts query/polling', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-trigger-metadata'] = { mode: 'polling', kind: 'query' }) }), RULE);
  });
});
