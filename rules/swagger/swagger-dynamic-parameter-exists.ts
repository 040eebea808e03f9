import { defineSpectralRule } from '../../src/model/rule';
import { describeOperation } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { resolvedArguments } from '../functions/dynamic-arguments';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-parameter-exists',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The parameters a dynamic extension passes exist on the called operation, and the inputs it references exist on its own operation.',
  criterion: {
    text: 'Each key of a dynamic call\'s "parameters" names an input of the called operation, and each {"parameter"} / {"parameterReference"} names an input of the operation the extension belongs to; an unknown name makes the call fail at design time.',
    url: SOURCES.validator,
    rows: ['sv-operation-parameter-name-not-found'],
  },
  validatorCodes: ['OperationParameterNameNotFound'],
  fix: 'Correct the parameter name so it matches an input of the operation (names are case-sensitive).',
  given: '$',
  then: {
    function: ruleFunction('dynamicParameterExists', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { call, arg, target, sources } of resolvedArguments(swagger)) {
        if (call.target && !target) {
          results.push({ message: `${call.kind} passes "${arg.key}" to ${describeOperation(call.target)}, which has no such parameter.`, path: arg.at });
        }
        if (arg.kind === 'reference' && call.sources.length > 0 && sources.length === 0) {
          const where = call.sources.length === 1 ? `operation ${describeOperation(call.sources[0])}` : 'any operation that uses this schema';
          results.push({ message: `${call.kind} references "${arg.reference}", which is not an input of ${where}.`, path: [...arg.at, call.kind.endsWith('list') || call.kind.endsWith('properties') ? 'parameterReference' : 'parameter'] });
        }
      }
      return results;
    }),
  },
});
