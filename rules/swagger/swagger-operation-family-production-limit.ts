import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, isDeprecated, memberLabel, revisionOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-family-production-limit',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'At most one active operation of an x-ms-api-annotation family has status "Production".',
  criterion: {
    text: 'When a new revision reaches Production, the previous Production revision of the family should be deprecated.',
    url: SOURCES.validator,
    rows: ['sv-operation-family-has-many-active-production-operations'],
  },
  validatorCodes: ['OperationFamilyHasManyActiveProductionOperations'],
  fix: 'Deprecate the older Production revisions of the family, keeping only the newest one active.',
  given: '$',
  then: {
    function: ruleFunction('operationFamilyProductionLimit', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const production = members.filter((m) => !isDeprecated(m.op) && m.annotation.status === 'Production');
        if (production.length <= 1) continue;
        const newestFirst = [...production].sort((a, b) => (revisionOf(b) ?? 0) - (revisionOf(a) ?? 0));
        const names = production.map(memberLabel).join(', ');
        for (const member of newestFirst.slice(1)) {
          results.push({
            message: `The operation family "${family}" has ${production.length} active Production operations (${names}); ${memberLabel(member)} should be deprecated.`,
            path: [...member.op.at, 'deprecated'],
          });
        }
      }
      return results;
    }),
  },
});
