import { defineSpectralRule } from '../../src/model/rule';
import { declaredType, derefSchema, describeOperation, operationsById, propertiesOf } from '../lib/dynamic';
import type { JsonPath } from '../lib/index';
import { isObject } from '../lib/json';
import { operationsOf, parametersOf, type OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

interface Input {
  type?: string;
  visibility: string;
  at: JsonPath;
}

/** An operation's inputs by name: non-body parameters and the top-level properties of its body. */
function inputsOf(swagger: unknown, op: OperationRef): Map<string, Input> {
  const inputs = new Map<string, Input>();
  const visibility = (node: unknown) => (isObject(node) && typeof node['x-ms-visibility'] === 'string' ? node['x-ms-visibility'].toLowerCase() : '');
  for (const { parameter, at } of parametersOf(swagger, op)) {
    if (typeof parameter.name !== 'string') continue;
    if (parameter.in !== 'body') {
      inputs.set(parameter.name, { ...(typeof parameter.type === 'string' ? { type: parameter.type } : {}), visibility: visibility(parameter), at });
      continue;
    }
    for (const [name, { schema }] of propertiesOf(swagger, parameter.schema)) {
      const type = declaredType(swagger, schema);
      const vis = visibility(schema) || visibility(derefSchema(swagger, schema));
      if (!inputs.has(name)) inputs.set(name, { ...(type ? { type } : {}), visibility: vis, at: [...at, 'schema'] });
    }
  }
  return inputs;
}

export default defineSpectralRule({
  id: 'swagger-trigger-pair-parameters',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The polling and webhook operations of one trigger (linked by x-ms-notification) declare same-named inputs with the same type and visibility.',
  criterion: {
    text: 'A trigger with both a polling (fetch) and a webhook (subscribe) operation shows one set of inputs to the user, so an input present in both operations must have the same type and x-ms-visibility in each.',
    url: SOURCES.validator,
    rows: ['sv-paramters-with-same-name-must-have-same-type-and-visibility'],
  },
  validatorCodes: ['ParamtersWithSameNameMustHaveSameTypeAndVisibility'],
  fix: 'Give the input the same "type" and "x-ms-visibility" in the polling operation and in its webhook operation.',
  given: '$',
  then: {
    function: ruleFunction('triggerPairParameters', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const byId = operationsById(swagger);
      for (const fetch of operationsOf(swagger)) {
        const link = fetch.operation['x-ms-notification'];
        const subscribe = isObject(link) && typeof link.operationId === 'string' ? byId.get(link.operationId) : undefined;
        if (!subscribe || subscribe === fetch) continue;
        const other = inputsOf(swagger, subscribe);
        for (const [name, input] of inputsOf(swagger, fetch)) {
          const twin = other.get(name);
          if (!twin) continue;
          const pair = `${describeOperation(fetch)} and ${describeOperation(subscribe)}`;
          if (input.type && twin.type && input.type !== twin.type) {
            results.push({ message: `Input "${name}" is ${input.type} in ${describeOperation(fetch)} but ${twin.type} in ${describeOperation(subscribe)}; ${pair} serve one trigger.`, path: input.at });
          } else if (input.visibility !== twin.visibility) {
            const show = (v: string) => (v === '' ? 'default' : `"${v}"`);
            results.push({ message: `Input "${name}" has visibility ${show(input.visibility)} in ${describeOperation(fetch)} but ${show(twin.visibility)} in ${describeOperation(subscribe)}; ${pair} serve one trigger.`, path: input.at });
          }
        }
      }
      return results;
    }),
  },
});
