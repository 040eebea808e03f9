import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-input-enum-added';

describe(RULE, () => {
  it('flags an enum added to a free input', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks'].get.parameters[2].enum = ['me', 'team']));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/2', line: lineOf(headText, '"name": "owner"') - 1, message: 'now only allows "me", "team"' });
  });

  it('flags an enum added to a shared parameter at its definition', () => {
    const { findings, headText } = diffCase((head) => (head.parameters.Reason.enum = ['duplicate', 'done']));
    expectFinding(findings, { rule: RULE, pointer: '/parameters/Reason', line: lineOf(headText, '"Reason": {'), message: '"reason" (query) of operation "DeleteTask"' });
  });

  it('accepts an input that already had an enum, and an enum added to an output', () => {
    const { findings } = diffCase((head) => {
      head.paths['/tasks'].get.parameters[0].enum.push('archived');
      head.definitions.Task.properties.title.enum = ['a', 'b'];
    });
    expectNoFinding(findings, RULE);
  });
});
