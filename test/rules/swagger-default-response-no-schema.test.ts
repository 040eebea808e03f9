import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-default-response-no-schema';

describe(RULE, () => {
  it('flags a schema on the default response', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].get.responses.default.schema = { type: 'object', properties: { message: { type: 'string' } } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/default/schema', severity: 'error', message: 'The default response of GET /tasks has a schema' });
  });

  it('follows a $ref to a shared response', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.responses = { Error: { description: 'Failed.', schema: { $ref: '#/definitions/Task' } } };
        s.paths['/tasks'].get.responses.default = { $ref: '#/responses/Error' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/responses/Error/schema' });
  });

  it('accepts a default response with a description only, or an empty {} schema', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.responses.default.schema = {}) }), RULE);
  });
});
