import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject } from '../lib/json';
import { pathSegments } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-item-value-path',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-properties.itemValuePath equals x-ms-dynamic-schema value-path without a trailing "properties".',
  criterion: {
    text: 'Both extensions locate the same returned schema: dynamic schema points at its "properties", dynamic properties at the schema object, so itemValuePath is value-path minus a final "/properties".',
    url: SOURCES.validator,
    rows: ['sv-dynamic-properties-item-value-path-mismatch'],
  },
  validatorCodes: ['DynamicPropertiesItemValuePathMismatch'],
  fix: 'Set itemValuePath to the x-ms-dynamic-schema value-path with any trailing "/properties" removed.',
  given: '$',
  then: {
    function: ruleFunction('dynamicItemValuePath', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-dynamic-properties')) {
        const v2 = use.value;
        const v1 = use.owner['x-ms-dynamic-schema'];
        if (!isObject(v2) || !isObject(v1)) continue;
        const valuePath = typeof v1['value-path'] === 'string' ? pathSegments(v1['value-path']) : [];
        if (valuePath[valuePath.length - 1] === 'properties') valuePath.pop();
        const expected = valuePath.join('/');
        const actual = typeof v2.itemValuePath === 'string' ? pathSegments(v2.itemValuePath).join('/') : '';
        if (actual !== expected) {
          const shown = expected === '' ? 'no itemValuePath (the response root)' : `"${expected}"`;
          results.push({ message: `itemValuePath is "${actual}" but x-ms-dynamic-schema value-path implies ${shown}.`, path: [...use.at, use.key, 'itemValuePath'] });
        }
      }
      return results;
    }),
  },
});
