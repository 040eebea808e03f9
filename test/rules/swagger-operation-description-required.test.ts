import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-description-required';

describe(RULE, () => {
  it('flags a visible operation without description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].post.description });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/description', message: 'POST /tasks has no description' });
  });

  it('flags an empty description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.description = '') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/description', message: 'empty description' });
  });

  it('exempts internal operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        delete s.paths['/tasks/{taskId}'].delete.description;
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
