import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, nonEmptyOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-summary-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every operation has a non-empty summary.',
  criterion: {
    text: 'Each operation needs a summary, the action or trigger name shown in the designer; the validator requires it on every operation and rejects an empty value.',
    url: SOURCES.validator,
    rows: ['def-op-summary-required', 'sv-required-value-empty'],
  },
  validatorCodes: ['RequiredPropertyMissing', 'RequiredValueEmpty'],
  fix: 'Add a short sentence-case "summary" naming what the operation does, e.g. "Create a task".',
  given: '$',
  then: {
    function: ruleFunction('operationSummaryRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (typeof summary === 'string' && summary.trim() !== '') continue;
        const problem = summary === undefined ? 'has no summary' : typeof summary === 'string' ? 'has an empty summary' : 'has a summary that is not a string';
        results.push({ message: `${describeOperation(op)} ${problem}.`, path: [...op.at, 'summary'] });
      }
      return results;
    }),
  },
});
