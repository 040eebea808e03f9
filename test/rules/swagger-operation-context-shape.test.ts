import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-operation-context-shape';
const AT = '/paths/~1hooks/post/x-ms-operation-context';

describe(RULE, () => {
  it('flags a simulate that is not an object', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post['x-ms-operation-context'] = { simulate: 'ListTasks' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/simulate`, severity: 'error', message: 'must be an object with an operationId' });
  });

  it('flags keys other than simulate', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post['x-ms-operation-context'] = { simulate: { operationId: 'ListTasks' }, replay: true };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/replay`, message: 'only "simulate" is allowed' });
  });

  it('accepts simulate with an operationId and parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks'].post['x-ms-operation-context'] = { simulate: { operationId: 'ListTasks', parameters: { status: 'open' } } };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
