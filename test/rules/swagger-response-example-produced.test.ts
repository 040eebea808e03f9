import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-example-produced';

describe(RULE, () => {
  it('flags an example keyed by a MIME type the operation does not produce', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks/{taskId}'].get.responses['200'].examples = { 'application/xml': '<task/>' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/200/examples/application~1xml', severity: 'error', message: 'an example for "application/xml"' });
  });

  it('uses the operation\'s own produces over the root one', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const get = s.paths['/tasks/{taskId}'].get;
        get.produces = ['text/plain'];
        get.responses['200'].examples = { 'application/json': { id: '1' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/responses/200/examples/application~1json' });
  });

  it('accepts an example of a produced MIME type, ignoring case and parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks/{taskId}'].get.responses['200'].examples = { 'Application/JSON; charset=utf-8': { id: '1' } }),
    });
    expectNoFinding(findings, RULE);
  });
});
