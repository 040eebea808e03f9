import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, isDeprecated, memberLabel, revisionOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const MAX_ACTIVE = 2;

export default defineSpectralRule({
  id: 'swagger-operation-family-active-limit',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `At most ${MAX_ACTIVE} operations of one x-ms-api-annotation family are not deprecated.`,
  criterion: {
    text: `An operation family may keep at most ${MAX_ACTIVE} active (not deprecated) revisions; older ones must be marked deprecated.`,
    url: SOURCES.validator,
    rows: ['sv-operation-family-has-many-active-operations'],
  },
  validatorCodes: ['OperationFamilyHasManyActiveOperations'],
  fix: `Set "deprecated": true on the older revisions so that at most ${MAX_ACTIVE} stay active.`,
  given: '$',
  then: {
    function: ruleFunction('operationFamilyActiveLimit', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const active = members.filter((m) => !isDeprecated(m.op));
        if (active.length <= MAX_ACTIVE) continue;
        // The newest revisions stay; each older active one is reported where it should be deprecated.
        const newestFirst = [...active].sort((a, b) => (revisionOf(b) ?? 0) - (revisionOf(a) ?? 0));
        const names = active.map(memberLabel).join(', ');
        for (const member of newestFirst.slice(MAX_ACTIVE)) {
          results.push({
            message: `The operation family "${family}" has ${active.length} active operations (${names}); ${memberLabel(member)} should be deprecated.`,
            path: [...member.op.at, 'deprecated'],
          });
        }
      }
      return results;
    }),
  },
});
