import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-array-items-required';

describe(RULE, () => {
  it('flags a response array without items', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].get.responses['200'].schema.items });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/responses/200/schema/items', severity: 'warning', message: 'The 200 response of GET /tasks is an array without "items"' });
  });

  it('flags an array query parameter without items', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const status = s.paths['/tasks'].get.parameters[0];
        status.type = 'array';
        delete status.enum;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/items', message: 'Parameter "status" of GET /tasks' });
  });

  it('accepts arrays with items', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
