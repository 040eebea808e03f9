import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const EXPECTED: Record<string, string> = { kind: 'query', mode: 'polling' };

export default defineSpectralRule({
  id: 'swagger-x-ms-trigger-metadata',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-trigger-metadata is {"kind": "query", "mode": "polling"}.',
  criterion: {
    text: 'The only trigger metadata the connector schema defines is kind "query" with mode "polling"; both keys are required.',
    url: SOURCES.schemas,
    rows: ['def-x-ms-trigger-metadata'],
  },
  fix: 'Write "x-ms-trigger-metadata": {"kind": "query", "mode": "polling"}, or remove it.',
  given: '$',
  then: {
    function: ruleFunction('xMsTriggerMetadata', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-trigger-metadata')) {
        const path = [...use.at, use.key];
        if (!isObject(use.value)) {
          results.push({ message: `x-ms-trigger-metadata is ${show(use.value)}; it must be an object with kind and mode.`, path });
          continue;
        }
        for (const [key, expected] of Object.entries(EXPECTED)) {
          const actual = use.value[key];
          if (actual === undefined) results.push({ message: `x-ms-trigger-metadata has no "${key}"; it must be "${expected}".`, path: [...path, key] });
          else if (actual !== expected) results.push({ message: `x-ms-trigger-metadata.${key} is ${show(actual)}; it must be "${expected}".`, path: [...path, key] });
        }
      }
      return results;
    }),
  },
});
