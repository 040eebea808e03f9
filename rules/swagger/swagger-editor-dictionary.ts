import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { declaredType, derefSchema } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-editor-dictionary',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"x-ms-editor": "dictionary" is only on an object schema that allows additional properties.',
  criterion: {
    text: 'The dictionary editor lets users add key/value pairs, so it only fits a schema of type object whose additionalProperties are allowed.',
    url: SOURCES.validator,
    rows: ['def-editor-dictionary', 'sv-invalid-custom-editor-extension-dictionary-value'],
  },
  validatorCodes: ['InvalidCustomEditorExtensionDictionaryValue'],
  fix: 'Use "x-ms-editor": "dictionary" only with "type": "object" and "additionalProperties" (e.g. {"type": "string"}), or remove it.',
  given: '$',
  then: {
    function: ruleFunction('editorDictionary', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-editor')) {
        if (use.value !== 'dictionary') continue;
        const schema = use.position === 'parameter' && use.owner.in === 'body' ? derefSchema(swagger, use.owner.schema) : derefSchema(swagger, use.owner);
        const type = schema ? declaredType(swagger, schema) : undefined;
        const path = [...use.at, use.key];
        if (type !== 'object') {
          results.push({ message: `"x-ms-editor": "dictionary" is on ${type === undefined ? 'a schema without a type' : `a schema of type ${type}`}; it needs "type": "object".`, path });
        } else if (schema!.additionalProperties === false) {
          results.push({ message: '"x-ms-editor": "dictionary" is on an object that forbids additional properties.', path });
        }
      }
      return results;
    }),
  },
});
