import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-description-differs-from-name';

describe(RULE, () => {
  it('flags an operation description that repeats the summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.description = 'List tasks.') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/description', message: 'repeats its summary "List tasks"' });
  });

  it('flags a parameter description that repeats its x-ms-summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].description = 'status') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/description', message: 'repeats its x-ms-summary' });
  });

  it('exempts internal parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const status = s.paths['/tasks'].get.parameters[0];
        status.description = 'Status';
        status['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
