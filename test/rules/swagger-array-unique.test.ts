import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-array-unique';

describe(RULE, () => {
  it('flags a repeated enum value, at the repeat', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s.paths['/tasks'].get.parameters[0].enum.push('open') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/enum/2', severity: 'error', message: 'lists "open" twice in "enum"' });
  });

  it('flags a repeated required name', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s.paths['/tasks'].post.parameters[0].schema.required.push('title') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/required/1' });
  });

  it('accepts distinct values, telling 1 from "1"', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.status.enum = [1, '1', 'open']) }), RULE);
  });
});
