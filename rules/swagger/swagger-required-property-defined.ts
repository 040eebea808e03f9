import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, objectProperties, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-required-property-defined',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every name in a schema\'s "required" list is one of its properties (its own or from allOf).',
  criterion: {
    text: 'A schema can only require properties it defines; a name in "required" without a matching entry under "properties" is rejected.',
    url: SOURCES.validator,
    rows: ['sv-required-property-definition-missing'],
  },
  validatorCodes: ['RequiredPropertyDefinitionMissing'],
  fix: 'Define the property under "properties", or remove the name from "required" (names are case-sensitive).',
  given: '$',
  then: {
    function: ruleFunction('requiredPropertyDefined', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        const required = node.schema.required;
        if (!Array.isArray(required) || required.length === 0 || node.ref !== undefined) continue;
        // Names declared in the schema's own properties need no look into allOf (objectProperties finds them first).
        const own = node.schema.properties;
        if (isObject(own) && required.every((name) => typeof name === 'string' && Object.hasOwn(own, name) && isObject(own[name]))) continue;
        const defined = objectProperties(swagger, node.schema);
        required.forEach((name, i) => {
          if (typeof name === 'string' && defined.has(name)) return;
          results.push({ message: `${capitalize(describeSchema(node))} requires ${show(name)}, which is not one of its properties.`, path: [...node.at, 'required', i] });
        });
      }
      return results;
    }),
  },
});
