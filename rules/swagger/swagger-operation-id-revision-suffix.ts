import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { describeOperation } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-id-revision-suffix',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation with x-ms-api-annotation revision 2 or higher has an operationId ending in the revision suffix, e.g. "_V2".',
  criterion: {
    text: 'A new revision of an operation is a new operation whose id carries the revision suffix, e.g. "GetItems_V2" for revision 2.',
    url: SOURCES.versioning,
    rows: ['sv-operation-id-should-end-with-revision'],
  },
  validatorCodes: ['OperationIdShouldEndWithRevision'],
  fix: 'End the operationId with "_V" and the revision number, e.g. "GetItems_V2" for revision 2.',
  given: '$',
  then: {
    function: ruleFunction('operationIdRevisionSuffix', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const annotation = op.operation['x-ms-api-annotation'];
        const id = op.operation.operationId;
        if (!isObject(annotation) || typeof id !== 'string' || id === '') continue;
        const revision = annotation.revision;
        if (!Number.isInteger(revision) || (revision as number) < 2) continue;
        // "_V2" is the documented form; "V2" without the underscore is accepted too.
        if (new RegExp(`_?V${String(revision)}$`, 'i').test(id)) continue;
        results.push({
          message: `The operationId "${id}" of ${describeOperation(op)} is revision ${String(revision)} but does not end with "_V${String(revision)}".`,
          path: [...op.at, 'operationId'],
        });
      }
      return results;
    }),
  },
});
