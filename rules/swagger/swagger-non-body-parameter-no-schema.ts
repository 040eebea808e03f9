import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-non-body-parameter-no-schema',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Only "in": "body" parameters have a "schema"; the others use type and format.',
  criterion: {
    text: 'In Swagger 2.0 a query, header, path or form-data parameter describes its value with type, format and items; "schema" belongs to the body parameter only.',
    url: SOURCES.validator,
    rows: ['sv-non-body-parameter-schema-not-valid'],
  },
  validatorCodes: ['NonBodyParameterSchemaNotValid'],
  fix: 'Replace "schema" with "type" (and "format" or "items") on the parameter.',
  given: '$',
  then: {
    function: ruleFunction('nonBodyParameterNoSchema', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (parameter.in === 'body' || parameter.schema === undefined) continue;
        results.push({ message: `The ${label} has a "schema"; only body parameters take one.`, path: [...at, 'schema'] });
      }
      return results;
    }),
  },
});
