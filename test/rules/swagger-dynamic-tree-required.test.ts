import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addFolderTree } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-tree-required';
const filePicker = { capability: 'file-picker', parameters: {}, 'value-path': 'id', 'value-title': 'name' };

describe(RULE, () => {
  it('flags the file-picker capability without x-ms-dynamic-tree', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addFolderTree(s);
        const folder = s.paths['/tasks'].get.parameters[1];
        delete folder['x-ms-dynamic-tree'];
        folder['x-ms-dynamic-values'] = filePicker;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1/x-ms-dynamic-tree', severity: 'error' });
  });

  it('accepts the capability next to a tree', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addFolderTree(s);
        s.paths['/tasks'].get.parameters[1]['x-ms-dynamic-values'] = filePicker;
      },
    });
    expectNoFinding(findings, RULE);
  });
});
