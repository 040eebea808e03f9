import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-tags-unique';

describe(RULE, () => {
  it('flags a tag defined twice', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.tags = [{ name: 'Tasks' }, { name: 'Lists' }, { name: 'Tasks', description: 'Again.' }]) });
    expectFinding(findings, { rule: RULE, pointer: '/tags/2/name', message: 'tags/0' });
  });

  it('accepts distinct tags', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.tags = [{ name: 'Tasks' }, { name: 'tasks' }]) }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
