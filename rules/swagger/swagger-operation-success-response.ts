import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, isSuccessCode, nonEmptyOperationsOf, responseCodes } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-success-response',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every operation with responses defines at least one 2xx response; "default" alone is not enough.',
  criterion: {
    text: 'Each operation defines its success response (a 2xx status code); relying on "default" alone hides the outputs from the designer, and reviewers reject it.',
    url: SOURCES.codingStandards,
    rows: ['def-response-2xx-present', 'sv-operation-should-have-successful-response'],
  },
  validatorCodes: ['OperationShouldHaveSuccessfulResponse'],
  fix: 'Add the success status code the API returns, e.g. "200" with the response schema, next to any "default".',
  given: '$',
  then: {
    function: ruleFunction('operationSuccessResponse', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        const codes = responseCodes(op);
        // No responses at all is reported by swagger-operation-response-required.
        if (codes.length === 0 || codes.some(isSuccessCode)) continue;
        results.push({
          message: `${describeOperation(op)} has no 2xx response (only ${codes.map((c) => `"${c}"`).join(', ')}).`,
          path: [...op.at, 'responses'],
        });
      }
      return results;
    }),
  },
});
