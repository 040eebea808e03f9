import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isNonEmptyString, isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-operation-context-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-operation-context is {"simulate": {"operationId": ..., "parameters": {...}}}.',
  criterion: {
    text: 'x-ms-operation-context lets the designer simulate a trigger by calling another operation: its only key is "simulate", an object with the operationId to call and optional parameters.',
    url: SOURCES.extensions,
    rows: ['def-operation-context-shape'],
  },
  fix: 'Write "x-ms-operation-context": {"simulate": {"operationId": "<operation>", "parameters": {...}}}.',
  given: '$',
  then: {
    function: ruleFunction('operationContextShape', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-operation-context')) {
        const at = [...use.at, use.key];
        if (!isObject(use.value)) {
          results.push({ message: `x-ms-operation-context is ${show(use.value)}; it must be {"simulate": {...}}.`, path: at });
          continue;
        }
        for (const key of Object.keys(use.value)) {
          if (key !== 'simulate') results.push({ message: `x-ms-operation-context has the key "${key}"; only "simulate" is allowed.`, path: [...at, key] });
        }
        const simulate = use.value.simulate;
        if (!isObject(simulate)) {
          results.push({ message: `x-ms-operation-context.simulate is ${show(simulate)}; it must be an object with an operationId.`, path: [...at, 'simulate'] });
          continue;
        }
        if (!isNonEmptyString(simulate.operationId)) results.push({ message: 'x-ms-operation-context.simulate has no operationId.', path: [...at, 'simulate', 'operationId'] });
        if (simulate.parameters !== undefined && !isObject(simulate.parameters)) {
          results.push({ message: `x-ms-operation-context.simulate.parameters is ${show(simulate.parameters)}; it must be an object.`, path: [...at, 'simulate', 'parameters'] });
        }
        for (const key of Object.keys(simulate)) {
          if (key !== 'operationId' && key !== 'parameters') {
            results.push({ message: `x-ms-operation-context.simulate has the key "${key}"; only operationId and parameters are allowed.`, path: [...at, 'simulate', key] });
          }
        }
      }
      return results;
    }),
  },
});
