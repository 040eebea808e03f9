import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, nameOf } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-get-without-body',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'GET operations have no "in": "body" or "in": "formData" parameter.',
  criterion: {
    text: 'A GET request carries no body, so the validator rejects body and form-data parameters on GET operations.',
    url: SOURCES.validator,
    rows: ['sv-body-or-form-data-parameter-in-fetch-operation-not-allowed'],
  },
  validatorCodes: ['BodyOrFormDataParameterInFetchOperationNotAllowed'],
  fix: 'Send the values as query, path or header parameters, or use POST if the API expects a body.',
  given: '$',
  then: {
    function: ruleFunction('getWithoutBody', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        if (op.method !== 'get') continue;
        for (const { parameter, at } of parametersOf(swagger, op)) {
          if (parameter.in !== 'body' && parameter.in !== 'formData') continue;
          results.push({ message: `${describeOperation(op)} has the ${nameOf(parameter)}; GET requests carry no body.`, path: at });
        }
      }
      return results;
    }),
  },
});
