import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-internal-default-required';

describe(RULE, () => {
  it('flags an optional internal parameter with a default', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void Object.assign(s.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', default: 'open' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/required', severity: 'error', message: 'Parameter "status" of GET /tasks is internal with a default but not required' });
  });

  it('flags an internal body property with a default that is not in "required"', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.source = { type: 'string', default: 'precheck', 'x-ms-visibility': 'internal' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/required', message: 'Property "source" of the body of POST /tasks' });
  });

  it('accepts required internal inputs with defaults', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        Object.assign(s.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', default: 'open', required: true });
        const body = s.paths['/tasks'].post.parameters[0].schema;
        body.properties.source = { type: 'string', default: 'precheck', 'x-ms-visibility': 'internal' };
        body.required.push('source');
      },
    });
    expectNoFinding(findings, RULE);
  });
});
