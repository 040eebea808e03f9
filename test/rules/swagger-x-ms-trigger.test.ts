import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addWebhook } from '../helpers/extension-cases';

const RULE = 'swagger-x-ms-trigger';

describe(RULE, () => {
  it('flags a value other than single or batch', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-trigger'] = 'multiple') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-trigger', severity: 'error', message: '"multiple"; allowed values are "single" and "batch"' });
  });

  it('flags a single webhook trigger whose payload is an array', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/hooks']['x-ms-notification-content'].schema = { type: 'array', items: { $ref: '#/definitions/Task' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks/post/x-ms-trigger', message: 'delivers an array' });
  });

  it('flags a batch trigger whose payload holds no array', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get['x-ms-trigger'] = 'batch') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/x-ms-trigger', message: 'a batch trigger' });
  });

  it('accepts a single webhook with an object payload and a batch trigger returning an array', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addWebhook(s);
        s.paths['/tasks'].get['x-ms-trigger'] = 'batch';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
