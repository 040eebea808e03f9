import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, memberLabel, revisionOf, type FamilyMember } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-family-duplicate-revisions',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No two operations of one x-ms-api-annotation family have the same revision.',
  criterion: {
    text: 'Each operation of a family is one revision of it, so each needs its own revision number.',
    url: SOURCES.versioning,
    rows: ['sv-operation-family-has-duplicate-revisions'],
  },
  validatorCodes: ['OperationFamilyHasDuplicateRevisions'],
  fix: 'Number the revisions of the family 1, 2, 3… so that no two operations share one.',
  given: '$',
  then: {
    function: ruleFunction('operationFamilyDuplicateRevisions', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const first = new Map<number, FamilyMember>();
        for (const member of members) {
          const revision = revisionOf(member);
          if (revision === undefined) continue;
          const earlier = first.get(revision);
          if (!earlier) {
            first.set(revision, member);
            continue;
          }
          results.push({
            message: `${memberLabel(member)} and ${memberLabel(earlier)} are both revision ${revision} of the operation family "${family}".`,
            path: [...member.op.at, 'x-ms-api-annotation', 'revision'],
          });
        }
      }
      return results;
    }),
  },
});
