import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, memberLabel, revisionOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-family-empty-revisions',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'At most one operation of an x-ms-api-annotation family lacks a revision.',
  criterion: {
    text: 'Only one operation of a family may leave out its revision number; the validator rejects a family where several do.',
    url: SOURCES.validator,
    rows: ['sv-operation-family-has-many-empty-revisions'],
  },
  validatorCodes: ['OperationFamilyHasManyEmptyRevisions'],
  fix: 'Give every operation of the family a revision (1, 2, 3…) in x-ms-api-annotation.',
  given: '$',
  then: {
    function: ruleFunction('operationFamilyEmptyRevisions', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const empty = members.filter((m) => m.annotation.revision === undefined);
        if (empty.length < 2) continue;
        const names = empty.map(memberLabel).join(', ');
        for (const member of empty) {
          results.push({
            message: `${memberLabel(member)} has no revision, like ${empty.length - 1} other operation(s) of the family "${family}" (${names}).`,
            path: [...member.op.at, 'x-ms-api-annotation', 'revision'],
          });
        }
      }
      return results;
    }),
  },
});
