import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The validator's limit is not published; see the Notes of the doc page for how this value was chosen. */
const MAX = 80;

export default defineSpectralRule({
  id: 'swagger-operation-id-max-length',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `operationIds have at most ${MAX} characters.`,
  criterion: {
    text: `The validator rejects operation ids longer than its limit; the limit is not published, and ${MAX} characters is above every id of accepted connectors.`,
    url: SOURCES.validator,
    rows: ['sv-operation-id-too-long'],
  },
  validatorCodes: ['OperationIdTooLong'],
  fix: `Shorten the operationId to ${MAX} characters or fewer, e.g. "ListProductDescriptions".`,
  given: '$',
  then: {
    function: ruleFunction('operationIdMaxLength', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const id = op.operation.operationId;
        if (typeof id !== 'string' || id.length <= MAX) continue;
        results.push({ message: `The operationId of ${describeOperation(op)} has ${id.length} characters; at most ${MAX} are allowed.`, path: [...op.at, 'operationId'] });
      }
      return results;
    }),
  },
});
