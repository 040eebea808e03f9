import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-string-binary-top-level',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A request body schema uses "type": "string" with "format": "binary" only as the whole body.',
  criterion: {
    text: 'Binary content can only be sent as a whole: string/binary is valid as the top-level schema of a body parameter (or as a formData parameter), not as a property or item inside a body.',
    url: SOURCES.validator,
    rows: ['sv-invalid-string-binary-property'],
  },
  validatorCodes: ['InvalidStringBinaryProperty'],
  fix: 'Send the file as the whole body or as a formData parameter, or use "format": "byte" (base64 text) for a property.',
  given: '$',
  then: {
    function: ruleFunction('stringBinaryTopLevel', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (!node.input || node.schema.type !== 'string' || node.schema.format !== 'binary') continue;
        // The top of a body parameter, or a definition used as a whole body.
        if (node.depth === 0 && node.top.kind !== 'notification') continue;
        results.push({ message: `${capitalize(describeSchema(node))} is string/binary inside a request body; binary content must be the whole body.`, path: [...node.at, 'format'] });
      }
      return results;
    }),
  },
});
