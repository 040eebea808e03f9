import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-openai-data';

describe(RULE, () => {
  it('flags an operation name that does not exist', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].get['x-ms-openai-data'] = { 'openai-enabled': true, operations: [{ operationId: 'ListTask', 'x-ms-require-user-confirmation': false }] }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-openai-data/operations/0/operationId', severity: 'warning', message: '"ListTask"' });
  });

  it('flags a manifest that is not an object', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-openai-manifest'] = []) });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-openai-manifest' });
  });

  it('flags a string where a boolean belongs', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-openai-data'] = { 'openai-enabled': 'yes', operations: [] }) });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-openai-data/openai-enabled' });
  });

  it('accepts well-formed plugin metadata', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get['x-ms-openai-data'] = { 'openai-enabled': true, operations: [{ operationId: 'ListTasks', 'x-ms-require-user-confirmation': false }] };
        s['x-ms-openai-manifest'] = { humanName: 'Contoso Tasks', modelDescription: 'Reads and creates tasks.', contactEmail: 'connectors@contoso.com', legalUrl: 'https://www.contoso.com/legal' };
      },
    });
    expectNoFinding(findings, RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
