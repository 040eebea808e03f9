import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-param-summary-max-length';

describe(RULE, () => {
  it('flags a parameter x-ms-summary of 81 characters', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'S'.padEnd(81, 'x')) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-summary', message: '81 characters' });
  });

  it('flags a long x-ms-summary of a schema property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-summary'] = 'T'.padEnd(90, 'x')) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/x-ms-summary', message: '90 characters' });
  });

  it('accepts 80 characters and ignores properties named x-ms-summary', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'S'.padEnd(80, 'x');
        s.definitions.Task.properties['x-ms-summary'] = { type: 'string', description: 'A property whose name looks like the extension.'.padEnd(100, '.') };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
