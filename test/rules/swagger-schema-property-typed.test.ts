import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schema-property-typed';

describe(RULE, () => {
  it('flags an untyped, undescribed property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.notes = { 'x-ms-summary': 'Notes' }) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/notes', severity: 'warning', message: 'Property "notes" of definition "Task" has no type.' });
  });

  it('names nested properties with their path', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.definitions.Task.properties.owner = { type: 'object', properties: { id: {} } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/owner/properties/id', message: 'Property "owner.id" of definition "Task"' });
  });

  it('accepts required, described and referenced untyped properties', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const props = s.definitions.Task.properties;
        props.value = { description: 'Any JSON value the field holds.' };
        props.raw = {};
        s.definitions.Task.required = ['raw'];
        props.parent = { $ref: '#/definitions/Task' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
