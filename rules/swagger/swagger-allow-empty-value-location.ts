import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { nodesWithKey } from '../lib/index';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-allow-empty-value-location',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'allowEmptyValue is used only on query and formData parameters.',
  criterion: {
    text: 'Only query and form-data parameters can be sent with an empty value, so allowEmptyValue is valid only there.',
    url: SOURCES.validator,
    rows: ['sv-allow-empty-value-only-valid-for-query-form-data'],
  },
  validatorCodes: ['AllowEmptyValueOnlyValidForQueryFormData'],
  fix: 'Remove allowEmptyValue from the parameter.',
  given: '$',
  then: {
    function: ruleFunction('allowEmptyValueLocation', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Nearly no document uses the keyword: then no parameter needs a look.
      if (nodesWithKey(swagger, 'allowEmptyValue').length === 0) return results;
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        // On a body parameter every non-body keyword is reported by swagger-body-parameter-schema.
        if (parameter.allowEmptyValue === undefined || parameter.in === 'query' || parameter.in === 'formData' || parameter.in === 'body') continue;
        results.push({ message: `The ${label} sets allowEmptyValue, which only query and formData parameters may use.`, path: [...at, 'allowEmptyValue'] });
      }
      return results;
    }),
  },
});
