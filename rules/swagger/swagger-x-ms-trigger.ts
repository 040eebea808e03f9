import { defineSpectralRule } from '../../src/model/rule';
import { declaredType, derefSchema, notificationContentOf, propertiesOf, successSchema } from '../lib/dynamic';
import { isObject } from '../lib/json';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-x-ms-trigger',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-trigger is "single" or "batch", and the trigger payload has the matching shape.',
  criterion: {
    text: 'x-ms-trigger takes "single" (each event is one object) or "batch" (events arrive as an array); any other value is rejected, and a payload of the wrong shape breaks the trigger.',
    url: SOURCES.extensions,
    rows: ['def-x-ms-trigger-enum'],
  },
  validatorCodes: ['JsonValueNotInEnum'],
  fix: 'Set "x-ms-trigger" to "single" for one object per event or "batch" for an array of events, matching the payload schema.',
  given: '$',
  then: {
    function: ruleFunction('xMsTrigger', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const value = op.operation['x-ms-trigger'];
        if (value === undefined) continue;
        const at = [...op.at, 'x-ms-trigger'];
        const where = `${op.method.toUpperCase()} ${op.path}`;
        if (value !== 'single' && value !== 'batch') {
          results.push({ message: `x-ms-trigger of ${where} is ${JSON.stringify(value)}; allowed values are "single" and "batch".`, path: at });
          continue;
        }
        const shape = payloadShape(swagger, op);
        if (value === 'batch' && shape !== undefined && shape !== 'array' && shape !== 'object with array') {
          results.push({ message: `The batch trigger ${where} delivers ${describe(shape)}; a batch trigger's payload is an array of events.`, path: at });
        }
        if (value === 'single' && shape !== undefined && shape !== 'object' && shape !== 'object with array') {
          results.push({ message: `The single trigger ${where} delivers ${describe(shape)}; a single trigger's payload is one object.`, path: at });
        }
      }
      return results;
    }),
  },
});

/** The payload's shape: webhook payload (notification content) or the polling response. Undefined when unknown. */
function payloadShape(swagger: unknown, op: Parameters<typeof successSchema>[1]): string | undefined {
  const notification = notificationContentOf(op);
  const schema = notification ? (isObject(notification.content) ? notification.content.schema : undefined) : successSchema(swagger, op)?.schema;
  const target = derefSchema(swagger, schema);
  if (!target || target['x-ms-dynamic-schema'] !== undefined) return undefined;
  const type = declaredType(swagger, target) ?? (target.items !== undefined ? 'array' : undefined);
  if (type !== 'object') return type;
  // An object wrapping the events in an array property (e.g. "value") serves a batch trigger too.
  const hasArray = [...propertiesOf(swagger, target).values()].some((p) => declaredType(swagger, p.schema) === 'array');
  return hasArray ? 'object with array' : 'object';
}

function describe(shape: string): string {
  if (shape === 'object') return 'an object without any array property';
  return `${/^[aeiou]/.test(shape) ? 'an' : 'a'} ${shape}`;
}
