import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isNonEmptyString, isObject, show } from '../lib/json';
import type { JsonPath } from '../lib/index';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const FILE_PICKER_KEYS = ['open', 'browse', 'value-title', 'value-collection', 'value-folder-property', 'value-media-property'];

export default defineSpectralRule({
  id: 'swagger-capabilities-api',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The root x-ms-capabilities has only testConnection and file-picker, in their documented form.',
  criterion: {
    text: 'At connector level, x-ms-capabilities declares a testConnection call ({operationId, literal parameters}) and/or a file-picker ({open, browse, value-* paths}); nothing else.',
    url: SOURCES.extensions,
    rows: ['def-capabilities-api'],
  },
  fix: 'Keep only "testConnection": {"operationId": ...} and/or "file-picker": {"open": {...}, ...} in the root x-ms-capabilities.',
  given: '$',
  then: {
    function: ruleFunction('capabilitiesApi', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-capabilities')) {
        if (use.position !== 'root') continue; // operation level: swagger-capabilities-operation
        const at = [...use.at, use.key];
        if (!isObject(use.value)) {
          results.push({ message: `x-ms-capabilities is ${show(use.value)}; it must be an object.`, path: at });
          continue;
        }
        for (const [key, value] of Object.entries(use.value)) {
          if (key === 'testConnection') checkCall(value, [...at, key], 'testConnection', true, results);
          else if (key === 'file-picker') checkFilePicker(value, [...at, key], results);
          else if (!/^x-/i.test(key)) {
            const hint = key === 'chunkTransfer' ? ' (chunkTransfer belongs on an operation)' : '';
            results.push({ message: `x-ms-capabilities has the key "${key}"; only testConnection and file-picker are allowed here${hint}.`, path: [...at, key] });
          }
        }
      }
      return results;
    }),
  },
});

function checkCall(value: unknown, at: JsonPath, name: string, literalsOnly: boolean, results: RuleResult[]): void {
  if (!isObject(value)) {
    results.push({ message: `${name} is ${show(value)}; it must be an object with an operationId.`, path: at });
    return;
  }
  if (!isNonEmptyString(value.operationId)) results.push({ message: `${name} has no operationId.`, path: [...at, 'operationId'] });
  if (value.parameters !== undefined && !isObject(value.parameters)) {
    results.push({ message: `${name}.parameters is ${show(value.parameters)}; it must be an object.`, path: [...at, 'parameters'] });
  } else if (literalsOnly && isObject(value.parameters)) {
    for (const [key, entry] of Object.entries(value.parameters)) {
      if (isObject(entry) && 'parameter' in entry) {
        results.push({ message: `${name}.parameters.${key} references an input; a connection test can only pass literal values.`, path: [...at, 'parameters', key] });
      }
    }
  }
  for (const key of Object.keys(value)) {
    if (key !== 'operationId' && key !== 'parameters') results.push({ message: `${name} has the key "${key}"; only operationId and parameters are allowed.`, path: [...at, key] });
  }
}

function checkFilePicker(value: unknown, at: JsonPath, results: RuleResult[]): void {
  if (!isObject(value)) {
    results.push({ message: `file-picker is ${show(value)}; it must be an object with "open".`, path: at });
    return;
  }
  if (value.open === undefined) results.push({ message: 'file-picker has no "open" call.', path: [...at, 'open'] });
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'open' || key === 'browse') checkCall(entry, [...at, key], `file-picker.${key}`, false, results);
    else if (!FILE_PICKER_KEYS.includes(key)) results.push({ message: `file-picker has the key "${key}", which it does not take.`, path: [...at, key] });
    else if (typeof entry !== 'string') results.push({ message: `file-picker.${key} is ${show(entry)}; it must be a path string.`, path: [...at, key] });
  }
}
