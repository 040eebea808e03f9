import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { nodesWithKey } from '../lib/index';
import { isObject, show, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, objectProperties, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

/**
 * True unless the schema has a non-empty "required" list naming something other than its own properties. Names declared
 * there need no look into allOf (objectProperties finds them first).
 */
function allOwn(schema: JsonObject): boolean {
  const required = schema.required;
  if (!Array.isArray(required) || required.length === 0) return true;
  const own = schema.properties;
  if (!isObject(own)) return false;
  for (const name of required) if (typeof name !== 'string' || !Object.hasOwn(own, name) || !isObject(own[name])) return false;
  return true;
}

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
      // Only objects whose "required" names something their own properties lack can be reported: most documents have
      // none, and then no schema needs a look.
      let candidates: Set<object> | undefined;
      for (const { node } of nodesWithKey(swagger, 'required')) if (!allOwn(node)) (candidates ??= new Set()).add(node);
      if (!candidates) return results;
      for (const node of schemasOf(swagger)) {
        if (!candidates.has(node.schema) || node.ref !== undefined) continue;
        const required = node.schema.required as unknown[];
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
