import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-operation-removed';

describe(RULE, () => {
  it('flags a deleted operation at its place in base', () => {
    const { findings, baseText } = diffCase((head) => delete head.paths['/tasks/{id}'].delete);
    const line = lineOf(baseText, '"/tasks/{id}": {', '"delete": {');
    const f = expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{id}/delete', line, column: 17, severity: 'error' });
    expect(f.file).to.equal('apiDefinition.swagger.json');
    expect(f.message).to.include('"DeleteTask" (DELETE /tasks/{id}) was removed');
    expect(f.message).to.include(`base: apiDefinition.swagger.json:${line}:17 /paths/~1tasks~1{id}/delete; head: absent`);
  });

  it('reports a renamed operationId as removed and names the likely new name', () => {
    const { findings, baseText, headText } = diffCase((head) => {
      head.paths['/tasks/{id}'].delete.operationId = 'RemoveTask';
    });
    const line = lineOf(baseText, '"/tasks/{id}": {', '"delete": {');
    const headLine = lineOf(headText, '"/tasks/{id}": {', '"delete": {');
    expectFinding(findings, {
      rule: RULE,
      pointer: '/paths/~1tasks~1{id}/delete',
      line,
      message: `It looks renamed: "RemoveTask" now has the same method and path`,
    });
    expectFinding(findings, { rule: RULE, message: `head: apiDefinition.swagger.json:${headLine}:17 /paths/~1tasks~1{id}/delete` });
    expect(only(findings, RULE)).to.have.length(1);
  });

  it('accepts added, moved and reordered operations, and an operation gaining its first operationId', () => {
    expectNoFinding(diffCase(() => {}).findings, RULE);
    const { findings } = diffCase(
      (head) => {
        head.paths['/tasks/{id}'].delete.operationId = 'DeleteTask';
        head.paths['/labels'] = { get: { operationId: 'ListLabels', responses: { '200': { description: 'Labels.' } } } };
        const { get, post } = head.paths['/tasks'];
        head.paths['/tasks'] = { post, get };
      },
      (base) => delete base.paths['/tasks/{id}'].delete.operationId,
    );
    expectNoFinding(findings, RULE);
  });
});
