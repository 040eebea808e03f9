import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, nonEmptyOperationsOf } from '../lib/operations';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const MAX = 80;

export default defineSpectralRule({
  id: 'swagger-operation-summary-max-length',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `Operation summaries have at most ${MAX} characters.`,
  criterion: {
    text: `An operation summary is a short phrase of at most ${MAX} characters; the validator's own warning at 120 characters is looser than the certification limit.`,
    url: SOURCES.submission,
    rows: ['def-op-summary-max-80', 'sv-operation-summary-too-long'],
  },
  validatorCodes: ['FieldLengthExceeded', 'OperationSummaryTooLong'],
  fix: `Shorten the summary to ${MAX} characters or fewer and move details into the description.`,
  given: '$',
  then: {
    function: ruleFunction('operationSummaryMaxLength', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary !== 'string' || summary.length <= MAX) continue;
        results.push({
          message: `The summary ${show(summary)} of ${describeOperation(op)} has ${summary.length} characters; at most ${MAX} are allowed.`,
          path: [...op.at, 'summary'],
        });
      }
      return results;
    }),
  },
});
