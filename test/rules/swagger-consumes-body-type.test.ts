import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-consumes-body-type';

describe(RULE, () => {
  it('flags an object body that the operation only consumes as text/plain', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.consumes = ['text/plain']) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/consumes', severity: 'error', message: 'POST /tasks sends an object body but consumes only "text/plain"' });
  });

  it('reads the root consumes and follows a $ref to an array schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.consumes = ['application/octet-stream'];
        s.definitions.Titles = { type: 'array', items: { type: 'string' } };
        s.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Titles' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/consumes', message: 'sends an array body' });
  });

  it('accepts a JSON type among others, a string or binary body, and an empty consumes', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.consumes = ['text/plain', 'application/json; charset=utf-8']) }), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].post.consumes = ['application/vnd.contoso.task+json']) }), RULE);
    const binary = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.consumes = ['application/octet-stream'];
        s.paths['/tasks'].post.parameters[0].schema = { type: 'string', format: 'binary' };
      },
    });
    expectNoFinding(binary, RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.consumes = []) }), RULE);
  });
});
