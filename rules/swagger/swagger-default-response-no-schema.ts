import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { responsesOf } from '../lib/responses';
import { reviewThread } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

export default defineSpectralRule({
  id: 'swagger-default-response-no-schema',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The "default" response of an operation has no schema.',
  criterion: {
    text: 'Schemas belong on the expected (2xx) responses only; the validator rejects a schema on the "default" response. An empty {} schema declares nothing and is tolerated.',
    url: reviewThread(3841),
    rows: ['sv-default-response-has-schema'],
  },
  validatorCodes: ['DefaultResponseHasSchema'],
  fix: 'Move the schema to the 2xx response and leave "default" with a description only.',
  given: '$',
  then: {
    function: ruleFunction('defaultResponseNoSchema', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const seen = new Set<string>();
      for (const op of operationsOf(swagger)) {
        for (const r of responsesOf(swagger, op)) {
          const schema = r.response.schema;
          if (r.code !== 'default' || schema === undefined) continue;
          if (isObject(schema) && Object.keys(schema).length === 0) continue;
          const key = r.at.join('\u0000');
          if (seen.has(key)) continue;
          seen.add(key);
          results.push({ message: `The default response of ${op.method.toUpperCase()} ${op.path} has a schema; schemas belong on the 2xx response.`, path: [...r.at, 'schema'] });
        }
      }
      return results;
    }),
  },
});
