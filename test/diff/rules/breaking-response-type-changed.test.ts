import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-response-type-changed';

describe(RULE, () => {
  it('flags an output property whose type changed', () => {
    const { findings, headText } = diffCase((head) => (head.definitions.Task.properties.id.type = 'integer'));
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/id', line: lineOf(headText, '"Task": {', '"id": {'), message: 'changed type from string to integer' });
  });

  it('flags a changed format, and reports an object turned into a string once', () => {
    const { findings, headText } = diffCase((head) => {
      head.definitions.Task.properties.due.format = 'date';
      head.definitions.Task.properties.owner = { type: 'string' };
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/due', line: lineOf(headText, '"Task": {', '"due": {'), message: 'changed format from date-time to date' });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/owner', message: 'changed type from object to string' });
    expect(findings.map((f) => f.rule)).to.not.include('breaking-response-property-removed');
  });

  it('accepts unchanged outputs and changes to inputs', () => {
    const { findings } = diffCase((head) => (head.paths['/tasks'].post.parameters[0].schema.properties.due.format = 'date'));
    expectNoFinding(findings, RULE);
  });
});
