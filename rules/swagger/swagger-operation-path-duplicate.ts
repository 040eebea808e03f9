import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation } from '../lib/operations';
import { operationsOf, type OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const VARIABLES = /\{[^{}/]*\}/g;

/**
 * The method and the path as it routes: query part and fragment cut off, every variable written "{}", lower case. Two
 * operations get the same key exactly when they have the same method and compareRoutes calls their paths 'same' (a
 * variable never spans a "/", so replacing in the whole path is replacing segment by segment).
 */
function routeKeyOf(op: OperationRef): string {
  const path = op.path;
  let end = path.length;
  const query = path.indexOf('?');
  const hash = path.indexOf('#');
  if (query !== -1) end = query;
  if (hash !== -1 && hash < end) end = hash;
  const cut = end === path.length ? path : path.slice(0, end);
  return `${op.method} ${(cut.includes('{') ? cut.replace(VARIABLES, '{}') : cut).toLowerCase()}`;
}

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
      // The first operation of each route key, then the later ones with the same key (rare).
      const earlier = new Map<string, OperationRef[]>();
      for (const b of operationsOf(swagger)) {
        const key = routeKeyOf(b);
        const alike = earlier.get(key);
        if (!alike) {
          earlier.set(key, [b]);
          continue;
        }
        // Paths equal but for letter case are reported by swagger-path-redefined.
        const a = alike.find((o) => o.path.toLowerCase() !== b.path.toLowerCase());
        alike.push(b);
        if (!a) continue;
        results.push({ message: `${describeOperation(b)} cannot be told apart from ${describeOperation(a)}: the paths differ only in variable names.`, path: b.at });
      }
      return results;
    }),
  },
});
