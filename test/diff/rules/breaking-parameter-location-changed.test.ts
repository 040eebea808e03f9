import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-parameter-location-changed';

describe(RULE, () => {
  it('flags a parameter moved from query to header', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks'].get.parameters[2].in = 'header'));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/2', line: lineOf(headText, '"name": "owner"') - 1, message: '"owner" of operation "ListTasks" moved from query to header' });
    expect(findings.map((f) => f.rule), 'reported once, not also as removed and added').to.deep.equal([RULE]);
    expect(only(findings, RULE)).to.have.length(1);
  });

  it('accepts a parameter that stays where it is', () => {
    expectNoFinding(diffCase((head) => (head.paths['/tasks'].get.parameters[2].description = 'Owner.')).findings, RULE);
  });
});
