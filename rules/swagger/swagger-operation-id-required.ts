import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, nonEmptyOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-id-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every operation has a non-empty string operationId.',
  criterion: {
    text: 'Every operation needs an operationId: flows, policies, scripts and dynamic extensions refer to operations by it.',
    url: SOURCES.validator,
    rows: ['sv-operation-id-required'],
  },
  validatorCodes: ['OperationIdRequired'],
  fix: 'Add a PascalCase "operationId" naming the operation, e.g. "CreateTask".',
  given: '$',
  then: {
    function: ruleFunction('operationIdRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of nonEmptyOperationsOf(swagger)) {
        const id = op.operation.operationId;
        if (typeof id === 'string' && id.trim() !== '') continue;
        const problem = id === undefined ? 'has no operationId' : typeof id === 'string' ? 'has an empty operationId' : 'has an operationId that is not a string';
        results.push({ message: `${describeOperation(op)} ${problem}.`, path: [...op.at, 'operationId'] });
      }
      return results;
    }),
  },
});
