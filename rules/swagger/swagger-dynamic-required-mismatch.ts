import { defineSpectralRule } from '../../src/model/rule';
import { describeOperation } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { resolvedArguments } from '../functions/dynamic-arguments';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-required-mismatch',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A dynamic call does not feed a required parameter of the called operation from an optional input.',
  criterion: {
    text: 'When a required parameter of the helper operation is fed from an input the user may leave empty, the call cannot be made until that input is filled, so the list or schema stays empty.',
    url: SOURCES.validator,
    rows: ['sv-operation-parameter-required-mismatch'],
  },
  validatorCodes: ['OperationParameterRequiredMismatch'],
  fix: 'Make the referenced input required (list it in "required" or set "required": true), or pass a static value.',
  given: '$',
  then: {
    function: ruleFunction('dynamicRequiredMismatch', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { call, arg, target, sources } of resolvedArguments(swagger)) {
        // An input that is required in at least one operation using this schema is given the benefit of the doubt.
        if (!target?.required || sources.length === 0 || sources.some((s) => s.input.required)) continue;
        results.push({
          message: `"${arg.key}" is required by ${describeOperation(call.target!)} but is fed from the optional input "${arg.reference}".`,
          path: arg.at,
        });
      }
      return results;
    }),
  },
});
