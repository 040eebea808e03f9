import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-operation-path-changed';

describe(RULE, () => {
  it('flags an operation that keeps its operationId under another path', () => {
    const { findings, baseText, headText } = diffCase((head) => {
      const item = head.paths['/tasks/{id}'];
      head.paths['/todo/{id}'] = { parameters: item.parameters, get: item.get };
      delete item.get;
    });
    const line = lineOf(headText, '"/todo/{id}": {', '"get": {');
    const f = expectFinding(findings, { rule: RULE, pointer: '/paths/~1todo~1{id}/get', line, message: 'changed from "/tasks/{id}" to "/todo/{id}"' });
    expect(f.message).to.include(`base: apiDefinition.swagger.json:${lineOf(baseText, '"/tasks/{id}": {', '"get": {')}:`);
  });

  it('accepts an unchanged path and a renamed path parameter', () => {
    expectNoFinding(diffCase(() => {}).findings, RULE);
    const renamed = diffCase((head) => {
      const item = head.paths['/tasks/{id}'];
      item.parameters[0].name = 'taskId';
      head.paths['/tasks/{taskId}'] = item;
      delete head.paths['/tasks/{id}'];
    });
    expectNoFinding(renamed.findings, RULE);
  });
});
