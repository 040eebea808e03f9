import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-path-partial-duplicate';

describe(RULE, () => {
  it('flags a fixed segment that a variable of another path can match', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks/count'] = { get: s.paths['/tasks'].get }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1count/get', message: 'same URLs as "/tasks/{taskId}"' });
  });

  it('accepts a fixed segment that the variable pattern cannot match, and other methods', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/files/{name}.json'] = { get: s.paths['/tasks'].get };
        s.paths['/files/readme.txt'] = { get: s.paths['/tasks'].get };
        s.paths['/tasks/count'] = { post: s.paths['/tasks'].post };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
