import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

export default defineSpectralRule({
  id: 'swagger-editor-dictionary',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"x-ms-editor": "dictionary" is only used on an object schema that allows additional properties.',
  criterion: {
    text: 'The dictionary editor lets users enter free key/value pairs, so it only fits a schema of type object whose additionalProperties are allowed (not false).',
    url: SOURCES.validator,
    rows: ['sv-invalid-custom-editor-extension-dictionary-value', 'def-editor-dictionary'],
  },
  validatorCodes: ['InvalidCustomEditorExtensionDictionaryValue'],
  fix: 'Set "type": "object" with "additionalProperties" describing the values, or remove "x-ms-editor".',
  given: '$',
  then: {
    function: ruleFunction('editorDictionary', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the values using the dictionary editor can be reported (most documents have none).
      for (const v of typedValuesWith(swagger, ['x-ms-editor'], (node) => node['x-ms-editor'] === 'dictionary')) {
        const problem = v.node.type !== 'object' ? 'is not of type object' : v.node.additionalProperties === false ? 'does not allow additional properties' : undefined;
        if (problem) results.push({ message: `${capitalize(v.label)} uses the dictionary editor but ${problem}.`, path: [...v.at, 'x-ms-editor'] });
      }
      return results;
    }),
  },
});
