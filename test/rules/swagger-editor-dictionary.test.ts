import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-editor-dictionary';

describe(RULE, () => {
  it('flags the dictionary editor on a string property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-editor'] = 'dictionary') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/x-ms-editor', severity: 'error', message: 'is not of type object' });
  });

  it('flags it on an object that forbids additional properties', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.labels = { type: 'object', additionalProperties: false, 'x-ms-editor': 'dictionary' }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/properties/labels/x-ms-editor', message: 'does not allow additional properties' });
  });

  it('accepts it on an open object', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.labels = { type: 'object', additionalProperties: { type: 'string' }, 'x-ms-editor': 'dictionary' }),
    });
    expectNoFinding(findings, RULE);
  });
});
