import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** PascalCase letters and digits, optionally followed by a revision suffix such as "_V2". */
const PASCAL = /^[A-Z][A-Za-z0-9]*(_V\d+)?$/;

function problemOf(id: string): string | undefined {
  if (PASCAL.test(id)) return undefined;
  const removed = [...new Set(id.replace(/_V\d+$/, '').match(/[^A-Za-z0-9_]/g) ?? [])];
  if (removed.length > 0) return `contains ${removed.map((c) => `"${c}"`).join(', ')}, which the platform strips from operation ids`;
  if (id.replace(/_V\d+$/, '').includes('_')) return 'contains "_" (only a revision suffix such as "_V2" is expected)';
  return 'does not start with a capital letter (PascalCase expected)';
}

export default defineSpectralRule({
  id: 'swagger-operation-id-pascal-case',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'operationIds are PascalCase letters and digits, with an optional revision suffix such as "_V2".',
  criterion: {
    text: 'Operation ids are PascalCase without "-", "_", spaces or other punctuation; the only underscore expected is a revision suffix like "_V2". The validator warns when sanitising would change the id, and reviewers ask for PascalCase.',
    url: reviewThread(2525),
    rows: ['def-operationid-pascal', 'sv-operation-id-sanitized'],
  },
  validatorCodes: ['OperationIdSanitized'],
  fix: 'Rename the operationId in PascalCase, e.g. "get-messages" to "GetMessages"; on an operation already published, keep the old id (a rename breaks existing flows).',
  given: '$',
  then: {
    function: ruleFunction('operationIdPascalCase', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const id = op.operation.operationId;
        if (typeof id !== 'string' || id === '') continue;
        const problem = problemOf(id);
        if (problem) results.push({ message: `The operationId "${id}" of ${describeOperation(op)} ${problem}.`, path: [...op.at, 'operationId'] });
      }
      return results;
    }),
  },
});
