import { defineSpectralRule } from '../../src/model/rule';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { checkObject, checkShape, type ShapeSpec } from '../functions/dynamic-shape';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const NODE: ShapeSpec = {
  keys: ['operationId', 'parameters', 'itemsPath', 'itemValuePath', 'itemTitlePath', 'itemFullTitlePath', 'itemIsParent'],
  required: ['operationId'],
  strings: ['operationId', 'itemsPath', 'itemValuePath', 'itemTitlePath', 'itemFullTitlePath'],
  parameters: 'v2',
};

export default defineSpectralRule({
  id: 'swagger-dynamic-tree-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-tree has only settings, open and browse, and open/browse name the operationId they call.',
  criterion: {
    text: 'x-ms-dynamic-tree (the file and folder picker) is an object with "settings", "open" and "browse" only; "open" lists the first level and "browse" the children, each calling an operationId with {value} / {parameterReference} parameters.',
    url: SOURCES.schemas,
    rows: ['def-dynamic-tree-shape'],
  },
  fix: 'Write x-ms-dynamic-tree as {"settings": {...}, "open": {"operationId": ...}, "browse": {"operationId": ...}}.',
  given: '$',
  then: {
    function: ruleFunction('dynamicTreeShape', (swagger: unknown) =>
      checkShape(swagger, 'x-ms-dynamic-tree', { keys: ['settings', 'open', 'browse'], required: ['open'] }, (ext, at, results: RuleResult[]) => {
        if (ext.settings !== undefined && !isObject(ext.settings)) {
          results.push({ message: `x-ms-dynamic-tree.settings is ${show(ext.settings)}; it must be an object.`, path: [...at, 'settings'] });
        }
        for (const key of ['open', 'browse']) {
          const node = ext[key];
          if (node === undefined) continue;
          if (!isObject(node)) results.push({ message: `x-ms-dynamic-tree.${key} is ${show(node)}; it must be an object with an operationId.`, path: [...at, key] });
          else checkObject(node, [...at, key], `x-ms-dynamic-tree.${key}`, NODE, results);
        }
      }),
    ),
  },
});
