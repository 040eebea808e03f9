import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { notificationUrlFields } from '../functions/notification-url';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-notification-url-internal',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The notification URL field, or one of its parents, is x-ms-visibility internal.',
  criterion: {
    text: 'The platform fills the callback URL itself, so users must never see the field: it or one of the objects containing it must be marked "x-ms-visibility": "internal".',
    url: SOURCES.validator,
    rows: ['sv-notification-url-not-internal'],
  },
  validatorCodes: ['NotificationUrlNotInternal'],
  fix: 'Add "x-ms-visibility": "internal" to the notification URL property.',
  given: '$',
  then: {
    function: ruleFunction('notificationUrlInternal', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { use, chains } of notificationUrlFields(swagger)) {
        if (chains.some((levels) => !levels.some((l) => l.internal))) {
          results.push({
            message: 'The notification URL field is visible to users: neither it nor any object containing it is "x-ms-visibility": "internal".',
            path: [...use.at, 'x-ms-visibility'],
          });
        }
      }
      return results;
    }),
  },
});
