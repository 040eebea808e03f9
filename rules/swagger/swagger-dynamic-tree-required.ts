import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-tree-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An input that uses the file-picker capability also defines x-ms-dynamic-tree.',
  criterion: {
    text: 'The file picker is driven by x-ms-dynamic-tree: an input whose x-ms-dynamic-values uses "capability": "file-picker" must also carry x-ms-dynamic-tree with its open and browse calls.',
    url: SOURCES.validator,
    rows: ['sv-dynamic-tree-extension-missing'],
  },
  validatorCodes: ['DynamicTreeExtensionMissing'],
  fix: 'Add x-ms-dynamic-tree ({"settings", "open", "browse"}) next to the file-picker x-ms-dynamic-values.',
  given: '$',
  then: {
    function: ruleFunction('dynamicTreeRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-dynamic-values')) {
        if (!isObject(use.value) || use.value.capability !== 'file-picker' || use.owner['x-ms-dynamic-tree'] !== undefined) continue;
        results.push({ message: 'This input uses the file-picker capability but has no x-ms-dynamic-tree.', path: [...use.at, 'x-ms-dynamic-tree'] });
      }
      return results;
    }),
  },
});
