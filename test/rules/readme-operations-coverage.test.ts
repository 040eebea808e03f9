import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-operations-coverage';

describe(RULE, () => {
  it('flags an operation the readme does not list', async () => {
    const findings = await lintCase(RULE, {
      readme: (t) => t.replace('### Delete a task\n\nDeletes a task permanently.\n\n', ''),
    });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 11, message: '1 operation is not named under "Supported Operations": "Delete a task"' });
  });

  it('accepts slightly different wording of a summary', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { readme: (t) => t.replace('### Create a task', '### Create tasks') }), RULE);
  });

  it('does not ask for internal operations', async () => {
    const findings = await lintCase(RULE, {
      readme: (t) => t.replace('### Delete a task\n\nDeletes a task permanently.\n\n', ''),
      swagger: (s) => void (s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal'),
    });
    expectNoFinding(findings, RULE);
  });
});
