import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-input-enum-value-removed';

describe(RULE, () => {
  it('flags a value removed from an input enum', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks'].get.parameters[0].enum = ['open']));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0', line: lineOf(headText, '"name": "status"') - 1, message: '"status" (query) of operation "ListTasks" no longer allows "done"' });
  });

  it('accepts a value added to an input enum', () => {
    expectNoFinding(diffCase((head) => head.paths['/tasks'].get.parameters[0].enum.push('archived')).findings, RULE);
  });
});
