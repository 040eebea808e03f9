import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-source-internal';

/** Makes CreateTask's "workspace" an internal input with a default. */
function hideWorkspace(s: Parameters<typeof addProjectList>[0]): void {
  addProjectList(s);
  Object.assign(s.paths['/tasks'].post.parameters[0].schema.properties.workspace, { 'x-ms-visibility': 'internal', default: 'main' });
}

describe(RULE, () => {
  it('flags a reference to an internal input of a visible operation', async () => {
    const findings = await lintCase(RULE, { swagger: hideWorkspace });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/parameters/workspace`, severity: 'error', message: '"body/workspace", which is internal' });
  });

  it('accepts it when the operation itself is internal', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        hideWorkspace(s);
        s.paths['/tasks'].post['x-ms-visibility'] = 'internal';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
