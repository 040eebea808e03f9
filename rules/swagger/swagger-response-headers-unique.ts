import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { responsesOf } from '../lib/responses';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

export default defineSpectralRule({
  id: 'swagger-response-headers-unique',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A response does not declare the same header twice (header names compare case-insensitively).',
  criterion: {
    text: 'Response headers must be unique; HTTP header names ignore case, so "ETag" and "etag" are the same header.',
    url: SOURCES.validator,
    rows: ['sv-response-headers-are-not-unique'],
  },
  validatorCodes: ['ResponseHeadersAreNotUnique'],
  fix: 'Keep one entry per header name and delete the other spelling.',
  given: '$',
  then: {
    function: ruleFunction('responseHeadersUnique', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // A shared response is checked once. A parsed document never shares objects, so the response object names its place.
      const seen = new Set<object>();
      for (const op of operationsOf(swagger)) {
        for (const r of responsesOf(swagger, op)) {
          if (!isObject(r.response.headers) || seen.has(r.response)) continue;
          seen.add(r.response);
          const first = new Map<string, string>();
          for (const name of Object.keys(r.response.headers)) {
            const earlier = first.get(name.toLowerCase());
            if (earlier === undefined) first.set(name.toLowerCase(), name);
            else results.push({ message: `The ${r.code} response of ${op.method.toUpperCase()} ${op.path} declares header "${name}" twice (also as "${earlier}").`, path: [...r.at, 'headers', name] });
          }
        }
      }
      return results;
    }),
  },
});
