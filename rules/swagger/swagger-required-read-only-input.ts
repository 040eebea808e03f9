import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-required-read-only-input',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No property of a request body schema is both readOnly and required.',
  criterion: {
    text: 'A read-only property cannot be sent by the user, so in an input (request body) schema it cannot also be required.',
    url: SOURCES.validator,
    rows: ['sv-required-read-only-property-not-allowed-as-input'],
  },
  validatorCodes: ['RequiredReadOnlyPropertyNotAllowedAsInput'],
  fix: 'Remove the property from "required" (or drop "readOnly" if users must send it); use separate input and output definitions when they differ.',
  given: '$',
  then: {
    function: ruleFunction('requiredReadOnlyInput', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (!node.input || node.via !== 'properties' || node.schema.readOnly !== true) continue;
        const required = node.parent!.schema.required;
        if (!Array.isArray(required)) continue;
        const index = required.indexOf(node.name);
        if (index < 0) continue;
        results.push({ message: `${capitalize(describeSchema(node))} is readOnly and required, but it is part of a request body.`, path: [...node.parent!.at, 'required', index] });
      }
      return results;
    }),
  },
});
