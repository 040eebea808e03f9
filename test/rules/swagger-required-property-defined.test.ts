import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-required-property-defined';

describe(RULE, () => {
  it('flags a required name that is not a property, at its index', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void s.paths['/tasks'].post.parameters[0].schema.required.push('Due') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/required/1', severity: 'error', message: 'The body of POST /tasks requires "Due", which is not one of its properties.' });
  });

  it('accepts properties inherited through allOf', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.definitions.DoneTask = { allOf: [{ $ref: '#/definitions/Task' }, { type: 'object', properties: { doneAt: { type: 'string' } } }], required: ['id', 'doneAt'] }),
    });
    expectNoFinding(findings, RULE);
  });
});
