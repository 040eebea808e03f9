import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { nodesWithKey } from '../lib/index';
import { writtenParametersOf } from '../lib/operations';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-required-on-object',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A "required" list only appears on schemas of type object.',
  criterion: {
    text: 'The "required" list names properties, so it only applies to object schemas; on a string, array or other type it should be removed (to require a property, list it in the parent object).',
    url: SOURCES.validator,
    rows: ['sv-required-property-not-on-object'],
  },
  validatorCodes: ['RequiredPropertyNotOnObject'],
  fix: 'Remove "required" from the non-object schema, and list the property name in its parent\'s "required" instead.',
  given: '$',
  then: {
    function: ruleFunction('requiredOnObject', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only objects holding "required" with a type other than object can be reported. Non-body parameters (never
      // schemas) hold a boolean one; without other candidates, as in most documents, no schema needs a look.
      let candidates: Set<object> | undefined;
      for (const { node } of nodesWithKey(swagger, 'required')) if (node.type !== undefined && node.type !== 'object') (candidates ??= new Set()).add(node);
      if (!candidates) return results;
      for (const { parameter } of writtenParametersOf(swagger)) candidates.delete(parameter);
      if (candidates.size === 0) return results;
      for (const node of schemasOf(swagger)) {
        if (!candidates.has(node.schema)) continue;
        const type = node.schema.type;
        if (node.schema.required === undefined || type === undefined || type === 'object') continue;
        results.push({ message: `${capitalize(describeSchema(node))} has "required" but its type is ${JSON.stringify(type)}, not object.`, path: [...node.at, 'required'] });
      }
      return results;
    }),
  },
});
