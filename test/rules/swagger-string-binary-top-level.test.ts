import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-string-binary-top-level';

describe(RULE, () => {
  it('flags a string/binary property inside a request body', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.attachment = { type: 'string', format: 'binary' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/properties/attachment/format', severity: 'error', message: 'Property "attachment" of the body of POST /tasks is string/binary' });
  });

  it('accepts string/binary as the whole body, and in responses', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].post.parameters[0].schema = { type: 'string', format: 'binary' };
        s.definitions.Task.properties.content = { type: 'string', format: 'binary' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
