import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { nodesWithKey } from '../lib/index';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

/** Filter operators and functions the platform can delegate to a service (OData-style names). */
const SUPPORTED = new Set([
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'not', 'contains', 'indexof', 'substringof', 'startswith', 'endswith',
  'year', 'month', 'day', 'hour', 'minute', 'second', 'date', 'tolower', 'toupper', 'trim', 'length', 'null',
  'sum', 'min', 'max', 'average', 'count', 'countdistinct', 'add', 'sub', 'mul', 'div', 'top', 'distinct',
]);

export default defineSpectralRule({
  id: 'swagger-filter-functions-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-capabilities "filterFunctions" appears only in response schemas and lists supported functions, at least one, each once.',
  criterion: {
    text: 'The "filterFunctions" list in a schema\'s x-ms-capabilities tells the platform which filters the service supports on that value: it belongs in response schemas only, must not be empty, must not repeat a value, and may only use supported filter functions.',
    url: SOURCES.validator,
    rows: ['sv-filter-functions-property-empty', 'sv-filter-functions-property-has-duplicates', 'sv-filter-functions-property-in-input-schema', 'sv-filter-functions-property-invalid-value'],
  },
  validatorCodes: ['FilterFunctionsPropertyEmpty', 'FilterFunctionsPropertyHasDuplicates', 'FilterFunctionsPropertyInInputSchema', 'FilterFunctionsPropertyInvalidValue'],
  fix: 'Keep "filterFunctions" on response schemas only, with each supported function (e.g. "eq", "startswith") listed once.',
  given: '$',
  then: {
    function: ruleFunction('filterFunctionsValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Nearly no document declares filterFunctions: then no schema needs a look.
      const declared = (n: { node: Record<string, unknown> }) => isObject(n.node['x-ms-capabilities']) && n.node['x-ms-capabilities'].filterFunctions !== undefined;
      if (!nodesWithKey(swagger, 'x-ms-capabilities').some(declared)) return results;
      for (const node of schemasOf(swagger)) {
        const capabilities = node.schema['x-ms-capabilities'];
        if (!isObject(capabilities) || capabilities.filterFunctions === undefined) continue;
        const list = capabilities.filterFunctions;
        const at = [...node.at, 'x-ms-capabilities', 'filterFunctions'];
        const of = `The "filterFunctions" of ${describeSchema(node)}`;
        if (node.input) results.push({ message: `${capitalize(describeSchema(node))} is part of a request body; "filterFunctions" belongs in response schemas only.`, path: at });
        if (!Array.isArray(list)) {
          results.push({ message: `${of} is not an array.`, path: at });
          continue;
        }
        if (list.length === 0) results.push({ message: `${of} is empty.`, path: at });
        const seen = new Set<unknown>();
        list.forEach((value, i) => {
          if (seen.has(value)) results.push({ message: `${of} lists ${show(value)} twice.`, path: [...at, i] });
          else if (typeof value !== 'string' || !SUPPORTED.has(value)) results.push({ message: `${of} lists ${show(value)}, which is not a supported filter function.`, path: [...at, i] });
          seen.add(value);
        });
      }
      return results;
    }),
  },
});
