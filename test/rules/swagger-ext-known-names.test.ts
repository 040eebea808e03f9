import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-ext-known-names';

describe(RULE, () => {
  it('flags a misspelt extension with a suggestion', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-visibilty'] = 'advanced') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-visibilty', severity: 'error', message: 'did you mean "x-ms-visibility"?' });
  });

  it('flags an unknown x-ms- key on a schema property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-tooltip'] = 'The title') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/x-ms-tooltip', message: 'the platform ignores it' });
  });

  it('flags an x- key that is a near miss of a platform extension', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-summary'] = 'Status') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-summary', message: 'did you mean "x-ms-summary"?' });
  });

  it('accepts known and newer extensions, free x- keys and properties that are merely named x-ms-...', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s['x-ms-openai-manifest'] = { humanName: 'Contoso Tasks' };
        s.info['x-ms-keywords'] = ['tasks'];
        s.definitions.Task['x-nullable'] = true;
        s.definitions.Task.properties['x-ms-request-id'] = { type: 'string', 'x-ms-summary': 'Request ID', description: 'The request.' };
        s.paths['/tasks'].get.parameters[0].example = { 'x-ms-whatever': 1 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
