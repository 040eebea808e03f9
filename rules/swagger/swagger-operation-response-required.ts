import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, nonEmptyOperationsOf, responseCodes } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-response-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every operation has a "responses" object with at least one response.',
  criterion: {
    text: 'An operation is not valid without at least one response definition.',
    url: SOURCES.validator,
    rows: ['sv-operation-must-have-response'],
  },
  validatorCodes: ['OperationMustHaveResponse'],
  fix: 'Add "responses" with the success status code the API returns, e.g. "200" with a schema.',
  given: '$',
  then: {
    function: ruleFunction('operationResponseRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        if (responseCodes(op).length > 0) continue;
        const problem = op.operation.responses === undefined ? 'has no "responses"' : 'has no response in "responses"';
        results.push({ message: `${describeOperation(op)} ${problem}.`, path: [...op.at, 'responses'] });
      }
      return results;
    }),
  },
});
