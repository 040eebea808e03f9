import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-parameters-body-or-form-data',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No operation has both "in": "body" and "in": "formData" parameters.',
  criterion: {
    text: 'A request body is either one JSON (or other) body or a set of form fields, never both; an operation uses only one of the two locations.',
    url: SOURCES.validator,
    rows: ['sv-parameter-list-contains-form-data-and-body'],
  },
  validatorCodes: ['ParameterListContainsFormDataAndBody'],
  fix: 'Use either one body parameter or formData parameters for the operation, not both.',
  given: '$',
  then: {
    function: ruleFunction('parametersBodyOrFormData', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const parameters = parametersOf(swagger, op);
        const formData = parameters.find((p) => p.parameter.in === 'formData');
        if (!formData || !parameters.some((p) => p.parameter.in === 'body')) continue;
        results.push({ message: `${describeOperation(op)} has both a body parameter and formData parameters.`, path: formData.at });
      }
      return results;
    }),
  },
});
