import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-required-mismatch';

describe(RULE, () => {
  it('flags a required parameter fed from an optional input', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        const body = s.paths['/tasks'].post.parameters[0].schema;
        body.required = body.required.filter((name: string) => name !== 'workspace');
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/parameters/workspace`, severity: 'warning', message: 'optional input "body/workspace"' });
  });

  it('accepts a required input', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addProjectList }), RULE);
  });
});
