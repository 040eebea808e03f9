import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, isEmptyOperation } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-empty',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No operation is empty: each has an operationId, a summary, a description or a success response.',
  criterion: {
    text: 'Empty operations are not allowed: an operation with no operationId, no summary, no description and no success response is a placeholder that cannot be used.',
    url: SOURCES.submission,
    rows: ['def-no-empty-operation'],
  },
  validatorCodes: ['5000.2.4.5'],
  fix: 'Complete the operation (operationId, summary, description and a 2xx response) or delete it.',
  given: '$',
  then: {
    function: ruleFunction('operationEmpty', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        if (isEmptyOperation(op)) {
          results.push({ message: `${describeOperation(op)} is empty: it has no operationId, summary, description or success response.`, path: op.at });
        }
      }
      return results;
    }),
  },
});
