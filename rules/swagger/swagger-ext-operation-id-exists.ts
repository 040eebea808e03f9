import { closest, distance } from 'fastest-levenshtein';
import { defineSpectralRule } from '../../src/model/rule';
import { operationsById } from '../lib/dynamic';
import { extensionUses } from '../lib/extensions';
import type { JsonPath } from '../lib/index';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/** Where each extension keeps the operationIds it calls, relative to the extension value. */
const CALL_SITES: Record<string, JsonPath[]> = {
  'x-ms-dynamic-values': [['operationId']],
  'x-ms-dynamic-list': [['operationId']],
  'x-ms-dynamic-schema': [['operationId']],
  'x-ms-dynamic-properties': [['operationId']],
  'x-ms-dynamic-tree': [['open', 'operationId'], ['browse', 'operationId']],
  'x-ms-notification': [['operationId']],
  'x-ms-operation-context': [['simulate', 'operationId']],
  'x-ms-capabilities': [['testConnection', 'operationId'], ['file-picker', 'open', 'operationId'], ['file-picker', 'browse', 'operationId']],
};

export default defineSpectralRule({
  id: 'swagger-ext-operation-id-exists',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every operationId an extension calls (dynamic values, lists, schemas, trees, notification, simulate, capabilities) exists in the document.',
  criterion: {
    text: 'Dynamic extensions, x-ms-notification, x-ms-operation-context and x-ms-capabilities work by calling another operation of the same connector; the operationId they name must be defined in this swagger.',
    url: SOURCES.validator,
    rows: ['sv-operation-id-not-found', 'def-dynamic-target-exists'],
  },
  validatorCodes: ['OperationIdNotFound'],
  fix: 'Use the operationId of an operation defined in this swagger (check spelling and case), or add the helper operation.',
  given: '$',
  then: {
    function: ruleFunction('extOperationIdExists', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const ids = operationsById(swagger);
      const known = [...ids.keys()];
      for (const [extension, sites] of Object.entries(CALL_SITES)) {
        for (const use of extensionUses(swagger, extension)) {
          for (const site of sites) {
            let value: unknown = use.value;
            for (const segment of site) value = isObject(value) ? value[String(segment)] : undefined;
            if (typeof value !== 'string' || ids.has(value)) continue;
            const near = known.length > 0 ? closest(value, known) : undefined;
            const hint = near !== undefined && distance(near.toLowerCase(), value.toLowerCase()) <= 3 ? ` Did you mean "${near}"?` : '';
            results.push({
              message: `${extension} calls operationId "${value}", which no operation in this swagger has.${hint}`,
              path: [...use.at, extension, ...site],
            });
          }
        }
      }
      return results;
    }),
  },
});
