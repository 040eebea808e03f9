import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-parameter-type';

describe(RULE, () => {
  it('flags a static value of another type', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].parameters.workspace = { value: 5 };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/parameters/workspace`, severity: 'error', message: 'the static value 5 is integer' });
  });

  it('flags a referenced input of another type', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        s.paths['/tasks'].post.parameters[0].schema.properties.workspace.type = 'integer';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-values/parameters/workspace`, message: 'the referenced input "workspace" is integer' });
  });

  it('accepts values of the called parameter type', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values'].parameters.workspace = 'main';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
