import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const LOCATIONS = ['query', 'header', 'path', 'formData', 'body'];
const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'file'];

export default defineSpectralRule({
  id: 'swagger-parameter-in-and-type',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every parameter has a valid "in", and every non-body parameter a valid "type".',
  criterion: {
    text: 'A parameter\'s "in" is one of query, header, path, formData or body (exact spelling); a non-body parameter\'s "type" is string, number, integer, boolean, array or (for form data) file.',
    url: SOURCES.validator,
    rows: ['sv-json-value-not-in-enum'],
  },
  validatorCodes: ['JsonValueNotInEnum', 'RequiredPropertyMissing'],
  fix: 'Use one of the listed values, spelled exactly, e.g. "in": "formData" and "type": "string".',
  given: '$',
  then: {
    function: ruleFunction('parameterInAndType', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        const location = parameter.in;
        if (!LOCATIONS.includes(location as string)) {
          const value = location === undefined ? 'has no "in"' : `has "in": ${show(location)}`;
          results.push({ message: `The ${label} ${value}; it must be one of ${LOCATIONS.join(', ')}.`, path: [...at, 'in'] });
          continue;
        }
        // "file" outside formData is reported by swagger-file-parameter-in-form-data.
        if (location === 'body' || TYPES.includes(parameter.type as string)) continue;
        const value = parameter.type === undefined ? 'has no "type"' : `has "type": ${show(parameter.type)}`;
        results.push({ message: `The ${label} ${value}; it must be one of ${TYPES.join(', ')}.`, path: [...at, 'type'] });
      }
      return results;
    }),
  },
});
