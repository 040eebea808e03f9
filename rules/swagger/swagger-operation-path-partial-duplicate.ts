import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { compareRoutes, describeOperation, routeGroupsOf, routeOf } from '../lib/operations';
import type { OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-path-partial-duplicate',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No two operations with the same method have paths that differ only where a variable meets a fixed segment, e.g. /items/{id} and /items/count.',
  criterion: {
    text: 'When a variable segment of one path lines up with a fixed segment of another, a value equal to that fixed text is routed to the wrong operation; the validator warns about such partly duplicated paths.',
    url: SOURCES.validator,
    rows: ['sv-partial-duplicate-operation-path'],
  },
  validatorCodes: ['PartialDuplicateOperationPath'],
  fix: 'Add a fixed segment that tells the paths apart, e.g. /items/{id} and /items/stats/count.',
  given: '$',
  then: {
    function: ruleFunction('operationPathPartialDuplicate', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const ops of routeGroupsOf(swagger)) {
        // Every pair of a group is compared: each template is read once, and nothing is built for pairs that differ.
        const routes = ops.map((op) => routeOf(op.path));
        for (let i = 1; i < ops.length; i++) {
          const others: OperationRef[] = [];
          for (let j = 0; j < i; j++) if (compareRoutes(routes[j], routes[i]) === 'ambiguous') others.push(ops[j]);
          if (others.length === 0) continue;
          results.push({
            message: `The path of ${describeOperation(ops[i])} can match the same URLs as ${others.map((o) => `"${o.path}"`).join(', ')} where a variable meets a fixed segment.`,
            path: ops[i].at,
          });
        }
      }
      return results;
    }),
  },
});
