import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-collection-format-supported';

describe(RULE, () => {
  it('flags an unknown collection format', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => Object.assign(s.paths['/tasks'].get.parameters[0], { type: 'array', items: { type: 'string' }, collectionFormat: 'json' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/collectionFormat', message: '"json" of parameter "status"' });
  });

  it('flags multi on a header parameter', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void s.paths['/tasks'].get.parameters.push({ name: 'X-Tags', in: 'header', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1/collectionFormat', message: '"multi"' });
  });

  it('accepts csv anywhere and multi on query parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        Object.assign(s.paths['/tasks'].get.parameters[0], { type: 'array', items: { type: 'string' }, collectionFormat: 'multi' });
        s.paths['/tasks'].get.parameters.push({ name: 'X-Tags', in: 'header', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' });
      },
    });
    expectNoFinding(findings, RULE);
  });
});
