import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-capabilities-operation';

describe(RULE, () => {
  it('flags a chunkTransfer that is not a boolean', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post['x-ms-capabilities'] = { chunkTransfer: 'yes' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/x-ms-capabilities/chunkTransfer', severity: 'error', message: 'must be true or false' });
  });

  it('flags a connector-level capability on an operation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks' } }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/x-ms-capabilities/testConnection', message: 'belongs in the root x-ms-capabilities' });
  });

  it('accepts chunkTransfer: true', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post['x-ms-capabilities'] = { chunkTransfer: true }) }), RULE);
  });
});
