import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addFolderTree, TREE } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-tree-shape';
const tree = (s: Parameters<typeof addFolderTree>[0]) => s.paths['/tasks'].get.parameters[1]['x-ms-dynamic-tree'];

describe(RULE, () => {
  it('flags a key the tree does not take', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addFolderTree(s);
        tree(s).close = {};
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${TREE}/close`, severity: 'error', message: 'has the key "close"' });
  });

  it('flags a browse step without operationId', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addFolderTree(s);
        delete tree(s).browse.operationId;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${TREE}/browse/operationId`, message: 'x-ms-dynamic-tree.browse has no "operationId"' });
  });

  it('accepts settings, open and browse', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addFolderTree }), RULE);
  });
});
