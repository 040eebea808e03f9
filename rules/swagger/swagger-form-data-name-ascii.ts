import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-form-data-name-ascii',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'formData parameter names use US-ASCII characters only.',
  criterion: {
    text: 'Form field names travel in the request as they are written; the validator accepts only US-ASCII characters in them.',
    url: SOURCES.validator,
    rows: ['sv-invalid-form-data-parameter-name'],
  },
  validatorCodes: ['InvalidFormDataParameterName'],
  fix: 'Rename the form field with ASCII characters only (keep accented text in x-ms-summary).',
  given: '$',
  then: {
    function: ruleFunction('formDataNameAscii', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (parameter.in !== 'formData' || typeof parameter.name !== 'string') continue;
        const others = [...new Set(parameter.name.match(/[^\x00-\x7f]/g) ?? [])];
        if (others.length > 0) results.push({ message: `The ${label} has non-ASCII characters in its name (${others.map((c) => `"${c}"`).join(', ')}).`, path: [...at, 'name'] });
      }
      return results;
    }),
  },
});
