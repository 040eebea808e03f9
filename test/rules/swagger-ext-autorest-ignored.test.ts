import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-ext-autorest-ignored';

describe(RULE, () => {
  it('flags x-ms-enum and names the platform replacement', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum'] = { name: 'Status', modelAsString: true }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-enum', severity: 'warning', message: 'use "x-ms-enum-values" instead' });
  });

  it('accepts the platform extension', async () => {
    const enumValues = [{ value: 'open', displayName: 'Open' }, { value: 'done', displayName: 'Done' }];
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = enumValues) }), RULE);
  });
});
