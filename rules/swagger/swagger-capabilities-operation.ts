import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-capabilities-operation',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation\'s x-ms-capabilities has only chunkTransfer, a boolean.',
  criterion: {
    text: 'On an operation, x-ms-capabilities only says whether the upload supports chunked transfer: {"chunkTransfer": true|false}.',
    url: SOURCES.extensions,
    rows: ['def-capabilities-operation'],
  },
  fix: 'Write "x-ms-capabilities": {"chunkTransfer": true} on the operation, or remove it.',
  given: '$',
  then: {
    function: ruleFunction('capabilitiesOperation', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-capabilities')) {
        if (use.position !== 'operation') continue;
        const at = [...use.at, use.key];
        if (!isObject(use.value)) {
          results.push({ message: `x-ms-capabilities is ${show(use.value)}; on an operation it must be {"chunkTransfer": true|false}.`, path: at });
          continue;
        }
        for (const [key, value] of Object.entries(use.value)) {
          if (key !== 'chunkTransfer') {
            const hint = key === 'testConnection' || key === 'file-picker' ? ` (${key} belongs in the root x-ms-capabilities)` : '';
            results.push({ message: `x-ms-capabilities on an operation has the key "${key}"; only chunkTransfer is allowed${hint}.`, path: [...at, key] });
          } else if (typeof value !== 'boolean') {
            results.push({ message: `chunkTransfer is ${show(value)}; it must be true or false.`, path: [...at, key] });
          }
        }
      }
      return results;
    }),
  },
});
