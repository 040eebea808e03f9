import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-display-name-characters';

describe(RULE, () => {
  it('flags a symbol in an operation summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'List tasks: open ones') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'contains ":"' });
  });

  it('flags a question mark in a parameter x-ms-summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'Open only?') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-summary', message: 'contains "?"' });
  });

  it('accepts hyphens, apostrophes and slashes in names, and leaves restricted summary characters to their own rule', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.summary = "List a user's to-do tasks";
        s.paths['/tasks'].post.summary = 'Create/update a task';
        s.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 'Status (Open/Done)';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
