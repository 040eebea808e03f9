import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-capabilities-api';

describe(RULE, () => {
  it('flags chunkTransfer at connector level', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-capabilities'] = { chunkTransfer: true }) });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-capabilities/chunkTransfer', severity: 'error', message: 'belongs on an operation' });
  });

  it('flags a connection test that references an input, and a file picker without open', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks', parameters: { status: { parameter: 'status' } } }, 'file-picker': {} }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-capabilities/testConnection/parameters/status', message: 'only pass literal values' });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-capabilities/file-picker/open', message: 'has no "open"' });
  });

  it('accepts testConnection with literal parameters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks', parameters: { status: 'open' } } }) });
    expectNoFinding(findings, RULE);
  });
});
