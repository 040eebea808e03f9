import { defineSpectralRule } from '../../src/model/rule';
import { declaredType } from '../lib/dynamic';
import { extensionUses } from '../lib/extensions';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-notification-url-value',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-notification-url is the boolean true, on a property of type string.',
  criterion: {
    text: 'x-ms-notification-url marks the field that receives the callback URL: its value is the boolean true and the field it marks holds a URL, so it is a string.',
    url: SOURCES.validator,
    rows: ['def-notification-url-bool', 'sv-notification-url-not-string'],
  },
  validatorCodes: ['NotificationUrlNotString'],
  fix: 'Set "x-ms-notification-url": true on a property declared "type": "string".',
  given: '$',
  then: {
    function: ruleFunction('notificationUrlValue', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-notification-url')) {
        if (use.value !== true) {
          results.push({ message: `x-ms-notification-url is ${show(use.value)}; it must be the boolean true.`, path: [...use.at, use.key] });
          continue;
        }
        const type = declaredType(swagger, use.owner);
        if (type !== 'string') {
          const has = type === undefined ? 'has no type' : `has type "${type}"`;
          results.push({ message: `The notification URL field ${has}; it must be "type": "string".`, path: [...use.at, 'type'] });
        }
      }
      return results;
    }),
  },
});
