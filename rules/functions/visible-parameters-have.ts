import { isNonEmptyString } from '../lib/json';
import { isInternal, operationsOf, parametersOf } from '../lib/swagger';
import { ruleFunction, type RuleResult } from './rule-function';

/**
 * Reports visible, non-body parameters that lack a non-empty string `field`. Exempt, as reviewers exempt them:
 * body parameters, parameters marked internal, and every parameter of an internal operation (reviews.md section 4).
 * A shared parameter (root `parameters`, used by `$ref`) is reported once, where it is written.
 */
export const visibleParametersHave = ruleFunction<unknown, { field: string }>('visibleParametersHave', (swagger, { field }) => {
  const results: RuleResult[] = [];
  const seen = new Set<string>();
  for (const op of operationsOf(swagger)) {
    if (isInternal(op.operation)) continue;
    for (const { parameter, at } of parametersOf(swagger, op)) {
      if (parameter.in === 'body' || isInternal(parameter)) continue;
      const key = at.join('\u0000');
      if (seen.has(key) || isNonEmptyString(parameter[field])) continue;
      seen.add(key);
      const name = typeof parameter.name === 'string' ? parameter.name : '(unnamed)';
      const value = parameter[field];
      const problem = value === undefined ? 'has no' : value === null ? 'has a null' : 'has an empty';
      results.push({
        message: `Parameter "${name}" (${String(parameter.in)}) of ${op.method.toUpperCase()} ${op.path} ${problem} ${field}.`,
        path: [...at, field],
      });
    }
  }
  return results;
});
