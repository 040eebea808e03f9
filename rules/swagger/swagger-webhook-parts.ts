import { defineSpectralRule } from '../../src/model/rule';
import { describeOperation, isWebhookOperation, notificationContentOf } from '../lib/dynamic';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-webhook-parts',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A webhook trigger has both a callback-URL input (x-ms-notification-url) and a payload schema (x-ms-notification-content).',
  criterion: {
    text: 'A webhook registration needs an input marked "x-ms-notification-url": true, where the platform puts its callback URL, and an x-ms-notification-content describing what the service posts back; one without the other is rejected.',
    url: SOURCES.validator,
    rows: ['sv-operation-must-have-notification-content-extension', 'sv-webhook-operations-missing-notification-url-property'],
  },
  validatorCodes: ['OperationMustHaveNotificationContentExtension', 'WebhookOperationsMissingNotificationUrlProperty'],
  fix: 'Give the webhook trigger both an input marked "x-ms-notification-url": true and an "x-ms-notification-content" with the payload schema on its path.',
  given: '$',
  then: {
    function: ruleFunction('webhookParts', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const webhook = isWebhookOperation(swagger, op);
        const content = notificationContentOf(op);
        if (webhook && !content) {
          results.push({
            message: `Operation ${describeOperation(op)} takes a notification URL but neither it nor its path has x-ms-notification-content.`,
            path: ['paths', op.path, 'x-ms-notification-content'],
          });
        } else if (!webhook && content && op.operation['x-ms-trigger'] !== undefined) {
          results.push({
            message: `Trigger ${describeOperation(op)} has x-ms-notification-content but no input marked "x-ms-notification-url": true.`,
            path: [...op.at, 'parameters'],
          });
        }
      }
      return results;
    }),
  },
});
