import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-operation-method-changed';

describe(RULE, () => {
  it('flags an operation that keeps its operationId under another method', () => {
    const { findings, headText } = diffCase((head) => {
      const item = head.paths['/tasks/{id}'];
      item.post = item.delete;
      delete item.delete;
    });
    const line = lineOf(headText, '"/tasks/{id}": {', '"post": {');
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{id}/post', line, message: 'changed from DELETE to POST' });
  });

  it('accepts an operation that keeps its method', () => {
    expectNoFinding(diffCase((head) => (head.paths['/tasks/{id}'].delete.summary = 'Remove a task')).findings, RULE);
  });
});
