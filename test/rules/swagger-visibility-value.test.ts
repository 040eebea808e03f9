import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-visibility-value';

describe(RULE, () => {
  it('flags a capitalised value on an operation', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-visibility'] = 'Important') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-visibility', message: 'write it as "important"' });
  });

  it('flags an empty value on a schema property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.status['x-ms-visibility'] = '') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/status/x-ms-visibility', message: 'property "status" is empty' });
  });

  it('accepts the three values and ignores a property named x-ms-visibility', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'advanced';
        s.definitions.Task.properties['x-ms-visibility'] = { type: 'string', description: 'Data that happens to use the name.' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
