import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-required-ref-loop';

describe(RULE, () => {
  it('flags two definitions that require each other', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.project = { $ref: '#/definitions/Project' };
        s.definitions.Task.required = ['project'];
        s.definitions.Project = { type: 'object', required: ['lead'], properties: { lead: { $ref: '#/definitions/Task' } } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Project/properties/lead/$ref', severity: 'error', message: 'Task → Project → Task' });
  });

  it('flags a loop through allOf and inline objects', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Node = {
          allOf: [{ type: 'object', required: ['meta'], properties: { meta: { type: 'object', required: ['next'], properties: { next: { $ref: '#/definitions/Node' } } } } }],
        };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Node/allOf/0/properties/meta/properties/next/$ref', message: 'Node → Node' });
  });

  it('accepts recursion through optional properties and arrays', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.parent = { $ref: '#/definitions/Task' };
        s.definitions.Task.properties.subtasks = { type: 'array', items: { $ref: '#/definitions/Task' } };
        s.definitions.Task.required = ['subtasks'];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
