import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-output-enum-value-added';

describe(RULE, () => {
  it('flags a value added to an output enum, once for every operation returning the shared definition', () => {
    const { findings, headText } = diffCase((head) => head.definitions.Task.properties.status.enum.push('blocked'));
    expectFinding(findings, {
      rule: RULE,
      pointer: '/definitions/Task/properties/status',
      line: lineOf(headText, '"definitions": {', '"status": {'),
      message: 'of operations "ListTasks", "CreateTask", "GetTask" and "OnTaskAssigned" can now be "blocked"',
    });
    expect(only(findings, RULE)).to.have.length(1);
  });

  it('accepts a value added to an input enum, and a value removed from an output enum', () => {
    const { findings } = diffCase((head) => {
      head.paths['/tasks'].get.parameters[0].enum.push('blocked');
      head.definitions.Task.properties.status.enum = ['open'];
    });
    expectNoFinding(findings, RULE);
  });
});
