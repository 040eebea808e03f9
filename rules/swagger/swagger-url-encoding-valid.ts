import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { extensionUses } from '../lib/extensions';
import { show } from '../lib/json';
import { nameOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-url-encoding-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-url-encoding is "single" or "double" and is used on path parameters only.',
  criterion: {
    text: 'x-ms-url-encoding tells how a path parameter is encoded, "single" or "double"; query parameters are always encoded once and the validator rejects the extension on them.',
    url: SOURCES.validator,
    rows: ['def-url-encoding-enum', 'sv-query-parameter-encoding-not-supported'],
  },
  validatorCodes: ['QueryParameterEncodingNotSupported', 'JsonValueNotInEnum'],
  fix: 'Use "single" or "double" on path parameters and remove x-ms-url-encoding from every other parameter.',
  given: '$',
  then: {
    function: ruleFunction('urlEncodingValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Uses outside non-body parameters (in schemas, on a body parameter) are reported by swagger-ext-location.
      for (const use of extensionUses(swagger, 'x-ms-url-encoding')) {
        if (use.position !== 'parameter' || use.owner.in === 'body') continue;
        const where = nameOf(use.owner);
        const path = [...use.at, 'x-ms-url-encoding'];
        if (use.owner.in === 'query') {
          results.push({ message: `The ${where} has x-ms-url-encoding; query parameters are always encoded once and must not set it.`, path });
        } else if (use.owner.in !== 'path') {
          results.push({ message: `The ${where} has x-ms-url-encoding; only path parameters take it.`, path });
        } else if (use.value !== 'single' && use.value !== 'double') {
          results.push({ message: `The x-ms-url-encoding of ${where} is ${show(use.value)}; it must be "single" or "double".`, path });
        }
      }
      return results;
    }),
  },
});
