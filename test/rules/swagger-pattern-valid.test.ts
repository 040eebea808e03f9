import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-pattern-valid';

describe(RULE, () => {
  it('flags a pattern that does not compile', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/{taskId}'].get.parameters[0].pattern = '^(task[0-9]+$') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{taskId}/get/parameters/0/pattern', severity: 'warning', message: 'is not a valid regular expression' });
  });

  it('flags a pattern that is not a string', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.id.pattern = 42) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/id/pattern', message: 'it is not a string' });
  });

  it('accepts valid patterns, including .NET inline options', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks/{taskId}'].get.parameters[0].pattern = '^[A-Za-z0-9-]{1,36}$';
        s.definitions.Task.properties.title.pattern = '(?i)^task';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
