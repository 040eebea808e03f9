import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-internal-required-default';

describe(RULE, () => {
  it('flags an internal required query parameter without default', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const status = s.paths['/tasks'].get.parameters[0];
        status.required = true;
        status['x-ms-visibility'] = 'internal';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/default', message: 'parameter "status" (query) of GET /tasks is internal and required' });
  });

  it('flags an internal required body property without default', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.title['x-ms-visibility'] = 'internal'),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/properties/title/default', message: 'property "title"' });
  });

  it('accepts defaults, optional internal values and webhook callback URLs', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const status = s.paths['/tasks'].get.parameters[0];
        status.required = true;
        status['x-ms-visibility'] = 'internal';
        status.default = 'open';
        const body = s.paths['/tasks'].post.parameters[0].schema;
        body.properties.due['x-ms-visibility'] = 'internal';
        body.properties.callback = { type: 'string', 'x-ms-visibility': 'internal', 'x-ms-notification-url': true };
        body.required.push('callback');
      },
    });
    expectNoFinding(findings, RULE);
  });
});
