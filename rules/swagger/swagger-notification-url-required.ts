import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { notificationUrlFields } from '../functions/notification-url';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-notification-url-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The notification URL field is required at every level of the body schema.',
  criterion: {
    text: 'The callback URL must always be sent: the marked property is listed in its parent\'s "required", and each object containing it in its own parent\'s, up to the body schema.',
    url: SOURCES.validator,
    rows: ['sv-notification-url-not-required'],
  },
  validatorCodes: ['NotificationUrlNotRequired'],
  fix: 'List the notification URL property, and each object containing it, in the "required" array of its parent schema.',
  given: '$',
  then: {
    function: ruleFunction('notificationUrlRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const reported = new Set<string>();
      for (const { chains } of notificationUrlFields(swagger)) {
        for (const levels of chains) {
          const gap = levels.find((l) => !l.required);
          if (!gap || reported.has(gap.at.join('\u0000'))) continue;
          reported.add(gap.at.join('\u0000'));
          results.push({
            message: `The notification URL is not required all the way up: ${gap.kind} "${gap.name ?? '?'}" is not required.`,
            path: gap.at,
          });
        }
      }
      return results;
    }),
  },
});
