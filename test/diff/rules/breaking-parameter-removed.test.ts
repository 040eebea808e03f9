import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-parameter-removed';

describe(RULE, () => {
  it('flags a removed parameter at its place in base', () => {
    const { findings, baseText, headText } = diffCase((head) => head.paths['/tasks'].get.parameters.pop());
    const line = lineOf(baseText, '"name": "owner"') - 1;
    const f = expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/2', line, message: 'The input "owner" (query) of operation "ListTasks" was removed' });
    expect(f.message).to.include(`head: apiDefinition.swagger.json:${lineOf(headText, '"operationId": "ListTasks"', '"parameters": [')}:23 /paths/~1tasks/get/parameters`);
  });

  it('flags a removed body property, pointing head at the body that is still there', () => {
    const { findings, baseText } = diffCase((head) => delete head.paths['/tasks'].post.parameters[0].schema.properties.labels);
    const f = expectFinding(findings, {
      rule: RULE,
      pointer: '/paths/~1tasks/post/parameters/0/schema/properties/labels',
      line: lineOf(baseText, '"labels": {'),
      message: '"body.labels" of operation "CreateTask" was removed',
    });
    expect(f.message).to.match(/head: apiDefinition\.swagger\.json:\d+:11 \/paths\/~1tasks\/post\/parameters\/0$/);
    expect(only(findings, RULE), 'the items of the removed array are not reported again').to.have.length(1);
  });

  it('accepts kept parameters, and leaves a moved parameter to breaking-parameter-location-changed', () => {
    expectNoFinding(diffCase(() => {}).findings, RULE);
    expectNoFinding(diffCase((head) => (head.paths['/tasks'].get.parameters[2].in = 'header')).findings, RULE);
  });
});
