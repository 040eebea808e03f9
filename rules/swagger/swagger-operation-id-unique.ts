import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation } from '../lib/operations';
import { operationsOf, type OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-id-unique',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No two operations share an operationId.',
  criterion: {
    text: 'An operationId identifies one operation; the validator rejects an id used by more than one operation. A new revision of an operation also needs its own id.',
    url: SOURCES.validator,
    rows: ['sv-operation-id-not-unique', 'def-revision-new-operationid'],
  },
  validatorCodes: ['OperationIdNotUnique'],
  fix: 'Give each operation its own operationId, e.g. "GetTask" and "GetTask_V2".',
  given: '$',
  then: {
    function: ruleFunction('operationIdUnique', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const first = new Map<string, OperationRef>();
      for (const op of operationsOf(swagger)) {
        const id = op.operation.operationId;
        if (typeof id !== 'string' || id === '') continue;
        const earlier = first.get(id);
        if (!earlier) {
          first.set(id, op);
          continue;
        }
        results.push({
          message: `The operationId "${id}" of ${describeOperation(op)} is already used by ${describeOperation(earlier)}.`,
          path: [...op.at, 'operationId'],
        });
      }
      return results;
    }),
  },
});
