import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-parameter-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every "in": "path" parameter has "required": true.',
  criterion: {
    text: 'A path parameter is part of the URL, so it must always be given: it needs "required": true.',
    url: SOURCES.validator,
    rows: ['sv-path-parameter-must-be-required'],
  },
  validatorCodes: ['PathParameterMustBeRequired'],
  fix: 'Set "required": true on the path parameter.',
  given: '$',
  then: {
    function: ruleFunction('pathParameterRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        // A string such as "true" is reported by swagger-parameter-required-boolean.
        if (parameter.in !== 'path' || parameter.required === true || typeof parameter.required === 'string') continue;
        const problem = parameter.required === undefined ? 'has no "required": true' : 'has "required": false';
        results.push({ message: `The ${label} ${problem}; path parameters are always required.`, path: [...at, 'required'] });
      }
      return results;
    }),
  },
});
