import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { familiesOf, memberLabel, type FamilyMember } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-family-distinct-paths',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Each revision of an x-ms-api-annotation family has its own path.',
  criterion: {
    text: 'A new revision of an operation is added as a new operation with its own operationId and its own path, so that the older revision keeps working unchanged.',
    url: SOURCES.versioning,
    rows: ['def-revision-new-operationid'],
  },
  fix: 'Give the new revision its own path, e.g. "/v2/items", and route it to the API with a policy if needed.',
  given: '$',
  then: {
    function: ruleFunction('operationFamilyDistinctPaths', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const [family, members] of familiesOf(swagger)) {
        const first = new Map<string, FamilyMember>();
        for (const member of members) {
          const key = member.op.path.toLowerCase();
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, member);
            continue;
          }
          results.push({
            message: `${memberLabel(member)} and ${memberLabel(earlier)} of the operation family "${family}" share the path "${member.op.path}".`,
            path: [...member.op.at, 'x-ms-api-annotation', 'family'],
          });
        }
      }
      return results;
    }),
  },
});
