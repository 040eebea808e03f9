import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-parameter-url-encoding',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every path parameter sets x-ms-url-encoding.',
  criterion: {
    text: 'A path parameter without x-ms-url-encoding may produce invalid request URLs; the validator warns and asks for "single" (or "double").',
    url: SOURCES.validator,
    rows: ['sv-path-parameter-missing-encoding'],
  },
  validatorCodes: ['PathParameterMissingEncoding'],
  fix: 'Add "x-ms-url-encoding": "single" to the path parameter ("double" when the value may contain "/").',
  given: '$',
  then: {
    function: ruleFunction('pathParameterUrlEncoding', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (parameter.in !== 'path' || parameter['x-ms-url-encoding'] !== undefined) continue;
        results.push({ message: `The ${label} has no x-ms-url-encoding.`, path: [...at, 'x-ms-url-encoding'] });
      }
      return results;
    }),
  },
});
