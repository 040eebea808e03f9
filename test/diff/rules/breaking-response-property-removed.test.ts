import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-response-property-removed';

describe(RULE, () => {
  it('flags an output property removed from a referenced definition, at its place in base', () => {
    const { findings, baseText, headText } = diffCase((head) => delete head.definitions.Person.properties.email);
    const f = expectFinding(findings, { rule: RULE, pointer: '/definitions/Person/properties/email', line: lineOf(baseText, '"Person": {', '"email": {'), message: 'The output "body[].owner.email"' });
    // Head names the property that still leads to Person.
    expect(f.message).to.include(`head: apiDefinition.swagger.json:${lineOf(headText, '"Task": {', '"owner": {')}:18 /definitions/Task/properties/owner`);
    expect(only(findings, RULE)).to.have.length(1);
  });

  it('flags a success response that lost its schema', () => {
    const { findings, baseText } = diffCase((head) => delete head.paths['/tasks/{id}'].get.responses['200'].schema);
    expectFinding(findings, {
      rule: RULE,
      pointer: '/paths/~1tasks~1{id}/get/responses/200/schema',
      line: lineOf(baseText, '"operationId": "GetTask"', '"schema": {'),
      message: 'The response 200 of operation "GetTask" no longer has a schema',
    });
  });

  it('accepts added properties, recursive definitions, and changes inside a dynamic schema', () => {
    const { findings } = diffCase(
      (head) => {
        head.definitions.Person.properties.phone = { type: 'string' };
        head.definitions.Task.properties.children = { type: 'array', items: { $ref: '#/definitions/Task' } };
        delete head.definitions.Dynamic.properties.b;
      },
      (base) => {
        base.definitions.Dynamic = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'ListTasks' }, properties: { a: { type: 'string' }, b: { type: 'string' } } };
        base.paths['/tasks/{id}'].get.responses['200'].schema = { $ref: '#/definitions/Dynamic' };
      },
    );
    expectNoFinding(findings, RULE);
  });
});

describe(`${RULE} (webhook triggers)`, () => {
  it('compares the notification content of a webhook trigger', () => {
    const { findings, baseText } = diffCase((head) => delete head.definitions.Task.properties.title);
    expectFinding(findings, {
      rule: RULE,
      pointer: '/definitions/Task/properties/title',
      line: lineOf(baseText, '"Task": {', '"title": {'),
      message: /operations "ListTasks", "CreateTask", "GetTask" and "OnTaskAssigned" was removed/,
    });
  });
});
