import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-required-parameters';

describe(RULE, () => {
  it('flags a call that leaves out a required parameter', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        delete project(s)['x-ms-dynamic-list'].parameters;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/parameters`, severity: 'error', message: 'without its required parameter "workspace"' });
  });

  it('accepts leaving out a required parameter that has a default', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        delete project(s)['x-ms-dynamic-list'].parameters;
        delete project(s)['x-ms-dynamic-values'].parameters;
        s.paths['/projects'].get.parameters[0].default = 'main';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
