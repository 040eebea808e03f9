import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isNonEmptyString } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-x-ms-trigger-hint',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-trigger-hint is a non-empty string on a trigger operation.',
  criterion: {
    text: 'x-ms-trigger-hint tells users how to fire a trigger, so it is a text and only means something on an operation marked x-ms-trigger.',
    url: SOURCES.extensions,
    rows: ['def-x-ms-trigger-hint'],
  },
  fix: 'Keep x-ms-trigger-hint as a short sentence on trigger operations only, e.g. "To see it work, add a task.".',
  given: '$',
  then: {
    function: ruleFunction('xMsTriggerHint', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-trigger-hint')) {
        if (use.position !== 'operation') continue; // swagger-ext-location reports other places
        const path = [...use.at, use.key];
        if (!isNonEmptyString(use.value)) {
          results.push({ message: `x-ms-trigger-hint is ${JSON.stringify(use.value)}; it must be a non-empty text.`, path });
        } else if (use.owner['x-ms-trigger'] === undefined) {
          results.push({ message: 'x-ms-trigger-hint is set on an operation that is not a trigger (no x-ms-trigger).', path });
        }
      }
      return results;
    }),
  },
});
