import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, routeGroupsOf, routeKey } from '../lib/operations';
import type { OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-path-duplicate',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No two operations with the same method have paths that differ only in variable names, e.g. /items/{id} and /items/{key}.',
  criterion: {
    text: 'Requests are routed by method and the fixed segments of the path; two operations whose paths differ only in variable names cannot be told apart.',
    url: SOURCES.validator,
    rows: ['sv-duplicate-operation-path'],
  },
  validatorCodes: ['DuplicateOperationPath'],
  fix: 'Make the fixed segments of the two paths differ, or merge the two operations into one.',
  given: '$',
  then: {
    function: ruleFunction('operationPathDuplicate', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const ops of routeGroupsOf(swagger)) {
        const earlier = new Map<string, OperationRef[]>();
        for (const b of ops) {
          const key = routeKey(b.path);
          const alike = earlier.get(key) ?? [];
          earlier.set(key, [...alike, b]);
          // Paths equal but for letter case are reported by swagger-path-redefined.
          const a = alike.find((o) => o.path.toLowerCase() !== b.path.toLowerCase());
          if (!a) continue;
          results.push({ message: `${describeOperation(b)} cannot be told apart from ${describeOperation(a)}: the paths differ only in variable names.`, path: b.at });
        }
      }
      return results;
    }),
  },
});
