import { defineSpectralRule } from '../../src/model/rule';
import { nodesWithKey } from '../lib/index';
import { positionOf } from '../lib/extensions';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-selected-item-value-path-position',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'selectedItemValuePath is used only in the parameters of x-ms-dynamic-tree.browse.',
  criterion: {
    text: 'selectedItemValuePath passes the folder the user picked to the call that lists its children, so it only means something in the parameters of the "browse" step of x-ms-dynamic-tree.',
    url: SOURCES.validator,
    rows: ['sv-selected-item-value-path-not-allowed-in-this-position'],
  },
  validatorCodes: ['SelectedItemValuePathNotAllowedInThisPosition'],
  fix: 'Use {"selectedItemValuePath": ...} only under x-ms-dynamic-tree.browse.parameters; elsewhere pass {"value"} or {"parameterReference"}.',
  given: '$',
  then: {
    function: ruleFunction('selectedItemValuePathPosition', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { at } of nodesWithKey(swagger, 'selectedItemValuePath')) {
        // Allowed: <extension owner>/x-ms-dynamic-tree/browse/parameters/<name>.
        const n = at.length;
        const inBrowse = n >= 4 && at[n - 2] === 'parameters' && at[n - 3] === 'browse' && at[n - 4] === 'x-ms-dynamic-tree' && positionOf(at.slice(0, n - 4)) !== undefined;
        // Inside examples or other data the key is just data.
        const extensionIndex = at.findIndex((s) => typeof s === 'string' && s.startsWith('x-ms-'));
        if (inBrowse || extensionIndex < 0 || positionOf(at.slice(0, extensionIndex)) === undefined) continue;
        results.push({ message: `selectedItemValuePath is used at ${at.slice(extensionIndex).join('.')}; it is allowed only in x-ms-dynamic-tree.browse.parameters.`, path: [...at, 'selectedItemValuePath'] });
      }
      return results;
    }),
  },
});
