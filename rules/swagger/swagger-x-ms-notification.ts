import { defineSpectralRule } from '../../src/model/rule';
import { describeOperation, isWebhookOperation, operationsById } from '../lib/dynamic';
import { isObject, show } from '../lib/json';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-x-ms-notification',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-notification sits on a polling trigger and names the webhook operation that serves the same trigger.',
  criterion: {
    text: 'x-ms-notification links a trigger to its webhook registration: it is allowed on trigger operations only, never on the webhook operation itself, and its operationId must name a webhook operation (one with an x-ms-notification-url input).',
    url: SOURCES.validator,
    rows: [
      'sv-notification-extension-not-supported-in-webhook-operation',
      'sv-notification-extension-supported-for-trigger-only',
      'sv-notification-operation-must-be-webhook',
    ],
  },
  validatorCodes: ['NotificationExtensionNotSupportedInWebhookOperation', 'NotificationExtensionSupportedForTriggerOnly', 'NotificationOperationMustBeWebhook'],
  fix: 'Put "x-ms-notification": {"operationId": "<webhook operationId>"} only on the polling trigger, pointing at the webhook registration operation.',
  given: '$',
  then: {
    function: ruleFunction('xMsNotification', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const byId = operationsById(swagger);
      for (const op of operationsOf(swagger)) {
        const value = op.operation['x-ms-notification'];
        if (value === undefined) continue;
        const path = [...op.at, 'x-ms-notification'];
        const name = describeOperation(op);
        if (op.operation['x-ms-trigger'] === undefined) {
          results.push({ message: `Operation ${name} has x-ms-notification but is not a trigger (no x-ms-trigger).`, path });
        } else if (isWebhookOperation(swagger, op)) {
          results.push({ message: `Operation ${name} is itself a webhook (it takes a notification URL); x-ms-notification does not belong on it.`, path });
        }
        if (!isObject(value) || typeof value.operationId !== 'string') {
          results.push({ message: `x-ms-notification of ${name} is ${show(value)}; it must be {"operationId": "<webhook operation>"}.`, path });
          continue;
        }
        const target = byId.get(value.operationId);
        if (target && !isWebhookOperation(swagger, target)) {
          results.push({
            message: `x-ms-notification of ${name} names "${value.operationId}", which is not a webhook operation (no input marked "x-ms-notification-url": true).`,
            path: [...path, 'operationId'],
          });
        }
      }
      return results;
    }),
  },
});
