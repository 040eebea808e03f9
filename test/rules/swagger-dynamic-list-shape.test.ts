import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-list-shape';
const AT = `${BODY}/project/x-ms-dynamic-list`;

describe(RULE, () => {
  it('flags a parameter written in the x-ms-dynamic-values form', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].parameters.workspace = { parameter: 'workspace' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters/workspace`, severity: 'error', message: '{"parameter"} is the x-ms-dynamic-values / -schema form' });
  });

  it('flags a list without operationId and an unknown key', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        const list = project(s)['x-ms-dynamic-list'];
        delete list.operationId;
        list['value-path'] = 'id';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/operationId`, message: 'has no "operationId"' });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/value-path`, message: 'has the key "value-path"' });
  });

  it('accepts {value} and {parameterReference} entries', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].parameters.top = { value: 50 };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
