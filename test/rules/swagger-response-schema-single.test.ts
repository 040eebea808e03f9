import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-schema-single';

describe(RULE, () => {
  it('flags a second 2xx response with a schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.responses['200'] = { description: 'The existing task.', schema: { $ref: '#/definitions/Task' } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/responses/201', severity: 'warning', message: 'POST /tasks defines a schema on 2 success responses (200, 201)' });
  });

  it('follows a $ref to a shared response', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.responses = { Accepted: { description: 'Still running.', schema: { type: 'object', properties: { jobId: { type: 'string' } } } } };
        s.paths['/tasks/{taskId}'].get.responses['202'] = { $ref: '#/responses/Accepted' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/202', message: '(200, 202)' });
  });

  it('accepts schemas on error responses and 2xx responses without a schema or with an empty one', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const error = { description: 'Bad request.', schema: { type: 'object', properties: { message: { type: 'string' } } } };
        Object.assign(s.paths['/tasks'].post.responses, { '202': { description: 'Queued.' }, '207': { description: 'Partly done.', schema: {} }, '400': error, '500': error });
      },
    });
    expectNoFinding(findings, RULE);
  });
});
