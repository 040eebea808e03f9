import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { responseCodes } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

/** /^[1-5]\d\d$/ by character codes: this runs on every response of every operation. */
function isStatusCode(code: string): boolean {
  if (code.length !== 3) return false;
  const a = code.charCodeAt(0);
  const b = code.charCodeAt(1);
  const c = code.charCodeAt(2);
  return a >= 49 && a <= 53 && b >= 48 && b <= 57 && c >= 48 && c <= 57;
}

export default defineSpectralRule({
  id: 'swagger-response-code-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every key under an operation\'s "responses" is "default" or a three-digit HTTP status code.',
  criterion: {
    text: 'A response must be keyed by a valid HTTP status code (100 to 599) or by "default"; ranges such as "2XX" or words are not accepted.',
    url: SOURCES.validator,
    rows: ['sv-response-must-be-default-or-http-status-code'],
  },
  validatorCodes: ['ResponseMustBeDefaultOrHttpStatusCode'],
  fix: 'Key the response by its exact status code, e.g. "200", or by "default".',
  given: '$',
  then: {
    function: ruleFunction('responseCodeValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        // The keys of "responses" less the "x-" ones: listed once per operation and shared with other rules.
        for (const code of responseCodes(op)) {
          if (code === 'default' || isStatusCode(code)) continue;
          results.push({
            message: `The response "${code}" of ${op.method.toUpperCase()} ${op.path} is neither "default" nor an HTTP status code.`,
            path: [...op.at, 'responses', code],
          });
        }
      }
      return results;
    }),
  },
});
