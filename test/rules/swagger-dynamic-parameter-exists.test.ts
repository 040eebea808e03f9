import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-parameter-exists';

describe(RULE, () => {
  it('flags a parameter the called operation does not have', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values'].parameters = { workspaceId: { parameter: 'workspace' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-values/parameters/workspaceId`, severity: 'error', message: 'passes "workspaceId" to "ListProjects"' });
  });

  it('flags a reference to an input the operation does not have', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].parameters.workspace.parameterReference = 'body/workspaceName';
      },
    });
    expectFinding(findings, {
      rule: RULE,
      pointer: `${BODY}/project/x-ms-dynamic-list/parameters/workspace/parameterReference`,
      message: '"body/workspaceName", which is not an input of operation "CreateTask"',
    });
  });

  it('accepts names that exist on both sides', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addProjectList }), RULE);
  });
});
