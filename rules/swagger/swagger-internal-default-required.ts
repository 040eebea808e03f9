import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { isInternal } from '../lib/swagger';
import { typedValuesWith } from '../lib/values';

export default defineSpectralRule({
  id: 'swagger-internal-default-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An internal parameter or body property with a default value is required.',
  criterion: {
    text: 'Users cannot see an internal input, so its default is its only value; the platform only guarantees to send required inputs, so an optional internal input with a default may silently be left out.',
    url: SOURCES.validator,
    rows: ['sv-internal-property-with-default-optional', 'sv-property-must-be-required'],
  },
  validatorCodes: ['InternalPropertyWithDefaultOptional', 'PropertyMustBeRequired'],
  fix: 'Mark the input required ("required": true, or list it in the parent schema\'s "required"), or drop the default if it may be omitted.',
  given: '$',
  then: {
    function: ruleFunction('internalDefaultRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only internal nodes with a default can be reported.
      for (const v of typedValuesWith(swagger, ['default'], isInternal)) {
        if (!isInternal(v.node) || v.node.default === undefined) continue;
        if (v.kind === 'parameter') {
          if (v.node.required !== true) results.push({ message: `${capitalize(v.label)} is internal with a default but not required, so the default may not be sent.`, path: [...v.at, 'required'] });
        } else if (v.kind === 'schema' && v.schema?.via === 'properties' && v.schema.input) {
          const parent = v.schema.parent!;
          const required = parent.schema.required;
          if (!Array.isArray(required) || !required.includes(v.schema.name)) {
            results.push({ message: `${capitalize(v.label)} is internal with a default but not listed in "required", so the default may not be sent.`, path: [...parent.at, 'required'] });
          }
        }
      }
      return results;
    }),
  },
});
