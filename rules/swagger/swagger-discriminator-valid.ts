import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, objectProperties, resolveSchemaRef, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-discriminator-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"discriminator" names a property of the schema that is required and of type string.',
  criterion: {
    text: 'The discriminator tells which subtype an object is, so it must be the name of a string property the schema requires.',
    url: SOURCES.validator,
    rows: ['sv-discriminator-must-be-a-required-string-property'],
  },
  validatorCodes: ['DiscriminatorMustBeARequiredStringProperty'],
  fix: 'Point "discriminator" at a property of type string and add that name to "required".',
  given: '$',
  then: {
    function: ruleFunction('discriminatorValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        const name = node.schema.discriminator;
        if (name === undefined) continue;
        const owner = capitalize(describeSchema(node));
        const at = [...node.at, 'discriminator'];
        let property = typeof name === 'string' ? objectProperties(swagger, node.schema).get(name) : undefined;
        if (property?.$ref !== undefined) property = resolveSchemaRef(swagger, property.$ref) ?? property;
        const required = Array.isArray(node.schema.required) && node.schema.required.includes(name);
        if (!property) results.push({ message: `${owner} has the discriminator ${show(name)}, which is not one of its properties.`, path: at });
        else if (property.type !== 'string') results.push({ message: `${owner} has the discriminator "${String(name)}", which is not a string property.`, path: at });
        else if (!required) results.push({ message: `${owner} has the discriminator "${String(name)}", which is not in its "required" list.`, path: at });
      }
      return results;
    }),
  },
});
