import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-file-parameter-in-form-data',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Parameters of type "file" are "in": "formData".',
  criterion: {
    text: 'A file can only be uploaded as a form field: type "file" is valid for formData parameters only.',
    url: SOURCES.validator,
    rows: ['sv-file-parameter-must-be-in-form-data'],
  },
  validatorCodes: ['FileParameterMustBeInFormData'],
  fix: 'Make the parameter "in": "formData" (with multipart/form-data), or send the file as a body whose schema is a string with format binary.',
  given: '$',
  then: {
    function: ruleFunction('fileParameterInFormData', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        // A body parameter takes no "type" at all; swagger-body-parameter-schema reports that.
        if (parameter.type !== 'file' || parameter.in === 'formData' || parameter.in === 'body') continue;
        results.push({ message: `The ${label} has type "file", which is valid only for formData parameters.`, path: [...at, 'type'] });
      }
      return results;
    }),
  },
});
