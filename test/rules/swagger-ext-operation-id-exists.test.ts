import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, addWebhook, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-ext-operation-id-exists';

describe(RULE, () => {
  it('flags a dynamic list calling a missing operation, with the near miss', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values'].operationId = 'ListProject';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-values/operationId`, severity: 'error', message: 'Did you mean "ListProjects"?' });
  });

  it('flags a missing testConnection and simulate operation', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s['x-ms-capabilities'] = { testConnection: { operationId: 'Ping' } };
        s.paths['/hooks'].post['x-ms-operation-context'] = { simulate: { operationId: 'GetRecentTasks' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-capabilities/testConnection/operationId', message: '"Ping"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/x-ms-operation-context/simulate/operationId', message: '"GetRecentTasks"' });
  });

  it('accepts calls to operations of the document', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        addWebhook(s);
        s['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks' } };
        s.paths['/hooks'].post['x-ms-operation-context'] = { simulate: { operationId: 'ListTasks' } };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
