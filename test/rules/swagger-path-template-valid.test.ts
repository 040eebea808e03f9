import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-template-valid';

/** Moves the GET /tasks operation to another path key. */
function moveList(s: { paths: Record<string, unknown> }, path: string): void {
  s.paths[path] = s.paths['/tasks'];
  delete s.paths['/tasks'];
}

describe(RULE, () => {
  it('flags a path without leading slash', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => moveList(s, 'tasks') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/tasks', message: 'does not start with "/"' });
  });

  it('flags a query part, a wildcard and a default inside a variable', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        moveList(s, '/tasks?view=all');
        s.paths['/files/*'] = s.paths['/tasks/{taskId}'];
        s.paths['/lists/{listId=inbox}'] = {};
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks?view=all', message: 'query or fragment' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1files~1*', message: 'wildcard' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1lists~1{listId=inbox}', message: 'default value' });
  });

  it('flags a variable spanning segments and an unclosed brace', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/a/{x/y}'] = {};
        s.paths['/b/{x'] = {};
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1a~1{x~1y}', message: 'more than one segment' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1b~1{x', message: 'never closed' });
  });

  it('accepts well-formed templates, including a variable inside a segment', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/files/{name}.json'] = {}) });
    expectNoFinding(findings, RULE);
  });
});
