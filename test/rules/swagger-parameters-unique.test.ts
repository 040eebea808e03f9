import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-parameters-unique';

describe(RULE, () => {
  it('flags a parameter listed twice in an operation, also through a $ref', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.parameters = { Status: s.paths['/tasks'].get.parameters[0] };
        s.paths['/tasks'].get.parameters.push({ $ref: '#/parameters/Status' });
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1', message: 'GET /tasks lists the parameter "status" (query) more than once' });
  });

  it('flags duplicates in a path-item list, comparing header names without case', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) =>
        void (s.paths['/tasks'].parameters = [
          { name: 'X-Tenant', in: 'header', type: 'string' },
          { name: 'x-tenant', in: 'header', type: 'string' },
        ]),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/parameters/1', message: 'The path "/tasks"' });
  });

  it('accepts the same name in different locations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void s.paths['/tasks'].get.parameters.push({ name: 'status', in: 'header', type: 'string' }),
    });
    expectNoFinding(findings, RULE);
  });
});
