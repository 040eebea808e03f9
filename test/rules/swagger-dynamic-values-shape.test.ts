import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-values-shape';
const AT = `${BODY}/project/x-ms-dynamic-values`;

describe(RULE, () => {
  it('flags dynamic values without an operationId', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        delete project(s)['x-ms-dynamic-values'].operationId;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/operationId`, severity: 'error', message: 'has no "operationId"' });
  });

  it('flags a parameter written in the x-ms-dynamic-list form', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values'].parameters.workspace = { value: 'main' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters/workspace`, message: 'x-ms-dynamic-list / -properties forms' });
  });

  it('flags two sources of values and a path that is not a string', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        Object.assign(project(s)['x-ms-dynamic-values'], { capability: 'file-picker', 'value-path': 3 });
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/capability`, message: 'exactly one source of values' });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/value-path`, message: 'must be a non-empty string' });
  });

  it('accepts literals, {"parameter"} references and string paths', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values'].parameters.top = 50;
      },
    });
    expectNoFinding(findings, RULE);
  });
});
