import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addFolderTree, addProjectList, BODY, project, TREE } from '../helpers/extension-cases';

const RULE = 'swagger-selected-item-value-path-position';

describe(RULE, () => {
  it('flags selectedItemValuePath in the open step of a tree', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addFolderTree(s);
        s.paths['/tasks'].get.parameters[1]['x-ms-dynamic-tree'].open.parameters.workspace = { selectedItemValuePath: 'id' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${TREE}/open/parameters/workspace/selectedItemValuePath`, severity: 'error' });
  });

  it('flags selectedItemValuePath in a dynamic list', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        project(s)['x-ms-dynamic-list'].parameters.workspace = { selectedItemValuePath: 'id' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/project/x-ms-dynamic-list/parameters/workspace/selectedItemValuePath`, message: 'only in x-ms-dynamic-tree.browse.parameters' });
  });

  it('accepts it in the browse step', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addFolderTree }), RULE);
  });
});
