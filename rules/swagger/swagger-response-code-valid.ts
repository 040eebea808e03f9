import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

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
        const responses = op.operation.responses;
        if (!isObject(responses)) continue;
        for (const code of Object.keys(responses)) {
          if (code === 'default' || /^[1-5]\d\d$/.test(code) || code.startsWith('x-')) continue;
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
