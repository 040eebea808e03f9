import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { responsesOf } from '../lib/responses';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

/** "application/json; charset=utf-8" and "Application/JSON" name the same media type. */
function mediaType(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

export default defineSpectralRule({
  id: 'swagger-response-example-produced',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Each response example is keyed by a MIME type the operation produces.',
  criterion: {
    text: 'Response "examples" are keyed by MIME type, and each key must be one the operation lists in "produces" (its own, or the root one it inherits).',
    url: SOURCES.validator,
    rows: ['sv-response-example-must-be-produced-by-operation'],
  },
  validatorCodes: ['ResponseExampleMustBeProducedByOperation'],
  fix: 'Add the MIME type to "produces", or key the example by a MIME type the operation produces.',
  given: '$',
  then: {
    function: ruleFunction('responseExampleProduced', (swagger: unknown) => {
      if (!isObject(swagger)) return;
      const results: RuleResult[] = [];
      const seen = new Set<string>();
      for (const op of operationsOf(swagger)) {
        // Built on the first response with examples: most operations have none.
        let produced: Set<string> | undefined;
        for (const r of responsesOf(swagger, op)) {
          if (!isObject(r.response.examples)) continue;
          if (!produced) {
            const declared = Array.isArray(op.operation.produces) ? op.operation.produces : swagger.produces;
            produced = new Set((Array.isArray(declared) ? declared : []).filter((m): m is string => typeof m === 'string').map(mediaType));
          }
          for (const mime of Object.keys(r.response.examples)) {
            const key = [...r.at, mime].join('\u0000');
            if (produced.has(mediaType(mime)) || seen.has(key)) continue;
            seen.add(key);
            results.push({
              message: `The ${r.code} response of ${op.method.toUpperCase()} ${op.path} has an example for "${mime}", which the operation does not produce.`,
              path: [...r.at, 'examples', mime],
            });
          }
        }
      }
      return results;
    }),
  },
});
