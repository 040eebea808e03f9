import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-parameter-required-boolean',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The "required" of a parameter is the boolean true or false, not a string.',
  criterion: {
    text: 'A parameter\'s "required" is a JSON boolean; the validator rejects a string such as "true" as a value of the wrong type.',
    url: SOURCES.validator,
    rows: ['sv-json-type-incorrect'],
  },
  validatorCodes: ['JsonTypeIncorrect'],
  fix: 'Write "required": true or "required": false without quotes.',
  given: '$',
  then: {
    function: ruleFunction('parameterRequiredBoolean', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        const required = parameter.required;
        if (required === undefined || typeof required === 'boolean') continue;
        results.push({ message: `The "required" of ${label} is ${show(required)}; it must be true or false.`, path: [...at, 'required'] });
      }
      return results;
    }),
  },
});
