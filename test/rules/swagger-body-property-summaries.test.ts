import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-body-property-summaries';
const BODY = '/paths/~1tasks/post/parameters/0/schema';

describe(RULE, () => {
  it('flags a body property without x-ms-summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].post.parameters[0].schema.properties.due['x-ms-summary'] });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/properties`, severity: 'info', message: 'Properties of the body of POST /tasks lack x-ms-summary ("due").' });
  });

  it('follows the body into referenced definitions', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.NewTask = { type: 'object', properties: { title: { type: 'string', 'x-ms-summary': 'Title' } } };
        s.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/NewTask' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/NewTask/properties', message: 'lack description ("title")' });
  });

  it('exempts internal properties and bodies of internal operations', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const body = s.paths['/tasks'].post.parameters[0].schema.properties;
        body.source = { type: 'string', default: 'precheck', 'x-ms-visibility': 'internal' };
        delete body.due.description;
        s.paths['/tasks'].post['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts the good connector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
