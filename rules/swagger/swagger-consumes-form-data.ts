import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, effectiveConsumes } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

/** The media type without parameters, in lower case ("Multipart/Form-Data; boundary=x" gives "multipart/form-data"). */
function mediaType(value: unknown): string | undefined {
  return typeof value === 'string' ? value.split(';')[0].trim().toLowerCase() : undefined;
}

export default defineSpectralRule({
  id: 'swagger-consumes-form-data',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation with formData parameters consumes multipart/form-data or application/x-www-form-urlencoded.',
  criterion: {
    text: 'An operation that sends a body must name, in "consumes", a MIME type that can carry it; form fields need multipart/form-data or application/x-www-form-urlencoded.',
    url: SOURCES.validator,
    rows: ['sv-consumes-missing'],
  },
  validatorCodes: ['ConsumesMissing'],
  fix: 'Add "consumes": ["multipart/form-data"] (or "application/x-www-form-urlencoded") to the operation.',
  given: '$',
  then: {
    function: ruleFunction('consumesFormData', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        if (!parametersOf(swagger, op).some((p) => p.parameter.in === 'formData')) continue;
        const consumes = effectiveConsumes(swagger, op);
        const types = Array.isArray(consumes) ? consumes.map(mediaType) : [];
        if (types.some((t) => t !== undefined && FORM_TYPES.includes(t))) continue;
        const listed = types.filter((t) => t !== undefined);
        const problem = listed.length === 0 ? 'consumes no MIME type' : `consumes only ${listed.map((t) => `"${t}"`).join(', ')}`;
        const path = op.operation.consumes !== undefined || !Array.isArray(consumes) ? [...op.at, 'consumes'] : ['consumes'];
        results.push({ message: `${describeOperation(op)} has formData parameters but ${problem}.`, path });
      }
      return results;
    }),
  },
});
