import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addProjectList, BODY, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-invoked-output';
const AT = `${BODY}/project/x-ms-dynamic-values`;

describe(RULE, () => {
  it('flags a value-collection the called operation does not return', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-values']['value-collection'] = 'items';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/value-collection`, severity: 'warning', message: 'expects an array at "items"' });
  });

  it('flags a collection that is not an array, following $refs', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        s.definitions.ProjectPage = s.paths['/projects'].get.responses['200'].schema;
        s.definitions.ProjectPage.properties.value = { type: 'string' };
        s.paths['/projects'].get.responses['200'].schema = { $ref: '#/definitions/ProjectPage' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/value-collection`, message: 'but the response declares string' });
  });

  it('flags a value-title the returned items do not declare', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].itemTitlePath = 'displayName';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/itemTitlePath`, message: '"displayName" names a property' });
  });

  it('accepts paths the response declares', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addProjectList }), RULE);
  });
});
