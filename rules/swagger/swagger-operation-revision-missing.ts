import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, memberLabel } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-revision-missing',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation that names an x-ms-api-annotation family also gives its revision.',
  criterion: {
    text: 'An operation placed in a family should state which revision of the family it is.',
    url: SOURCES.validator,
    rows: ['sv-operation-revision-empty'],
  },
  validatorCodes: ['OperationRevisionEmpty'],
  fix: 'Add "revision" (1 for the first version) to the operation\'s x-ms-api-annotation.',
  given: '$',
  then: {
    function: ruleFunction('operationRevisionMissing', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const empty = members.filter((m) => m.annotation.revision === undefined);
        // Several members without revision are an error, reported by swagger-operation-family-empty-revisions.
        if (empty.length !== 1) continue;
        const member = empty[0];
        results.push({
          message: `${memberLabel(member)} belongs to the operation family "${family}" but has no revision.`,
          path: [...member.op.at, 'x-ms-api-annotation', 'revision'],
        });
      }
      return results;
    }),
  },
});
