import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-schema-type-file',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A schema uses "type": "file" only as the whole schema of a response.',
  criterion: {
    text: 'The type "file" is only valid for formData parameters and for the root schema of a response; request bodies and nested properties cannot be files.',
    url: SOURCES.validator,
    rows: ['sv-schema-type-file-not-valid'],
  },
  validatorCodes: ['SchemaTypeFileNotValid'],
  fix: 'Use "type": "string" with "format": "binary" for file content, or a formData parameter of type file for uploads.',
  given: '$',
  then: {
    function: ruleFunction('schemaTypeFile', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (node.schema.type !== 'file') continue;
        // The root schema of a response, written inline or as a definition only responses use.
        const root = node.depth === 0 && (node.top.kind === 'response' || (node.top.kind === 'definition' && !node.input));
        if (root) continue;
        results.push({ message: `${capitalize(describeSchema(node))} has type "file", which is only valid as a whole response schema.`, path: [...node.at, 'type'] });
      }
      return results;
    }),
  },
});
