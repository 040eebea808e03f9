import { defineSpectralRule } from '../../src/model/rule';
import { bodyPropertyNames, describeOperation, dynamicCalls, isV2, pathSegments } from '../lib/dynamic';
import { parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-required-parameters',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A dynamic call supplies every required parameter (without a default) of the operation it calls.',
  criterion: {
    text: 'The designer can only call the helper operation when all its required inputs are passed; a required input with a default is filled by the platform.',
    url: SOURCES.validator,
    rows: ['sv-operation-missing-required-property'],
  },
  validatorCodes: ['OperationMissingRequiredProperty'],
  fix: 'Add the missing parameter to the extension\'s "parameters", as a static value or a reference to an input.',
  given: '$',
  then: {
    function: ruleFunction('dynamicRequiredParameters', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const call of dynamicCalls(swagger)) {
        if (!call.target) continue;
        const keys = call.arguments.map((a) => a.key);
        // A first-generation call may fill the body through its top-level properties.
        const bodyProperties = isV2(call.kind) ? new Set<string>() : bodyPropertyNames(swagger, call.target);
        for (const { parameter } of parametersOf(swagger, call.target)) {
          const name = parameter.name;
          if (typeof name !== 'string' || !(parameter.required === true || parameter.in === 'path') || parameter.default !== undefined) continue;
          const passed =
            parameter.in === 'body'
              ? keys.some((k) => k === name || pathSegments(k)[0] === name || bodyProperties.has(k))
              : keys.includes(name);
          if (!passed) {
            results.push({ message: `${call.kind} calls ${describeOperation(call.target)} without its required parameter "${name}".`, path: [...call.at, 'parameters'] });
          }
        }
      }
      return results;
    }),
  },
});
