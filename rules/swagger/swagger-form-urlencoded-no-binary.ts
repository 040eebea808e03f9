import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, effectiveConsumes, nameOf } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

function hasType(consumes: unknown, type: string): boolean {
  return Array.isArray(consumes) && consumes.some((c) => typeof c === 'string' && c.split(';')[0].trim().toLowerCase() === type);
}

export default defineSpectralRule({
  id: 'swagger-form-urlencoded-no-binary',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Operations that consume only application/x-www-form-urlencoded have no file or string/binary form fields.',
  criterion: {
    text: 'URL-encoded forms carry text only: binary form fields (type file, or string with format binary) need multipart/form-data.',
    url: SOURCES.validator,
    rows: ['sv-string-binary-not-supported-for-form-url-encoded'],
  },
  validatorCodes: ['StringBinaryNotSupportedForFormUrlEncoded'],
  fix: 'Consume multipart/form-data for operations that upload files, or send the field as plain text.',
  given: '$',
  then: {
    function: ruleFunction('formUrlencodedNoBinary', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const consumes = effectiveConsumes(swagger, op);
        if (!hasType(consumes, 'application/x-www-form-urlencoded') || hasType(consumes, 'multipart/form-data')) continue;
        for (const { parameter, at } of parametersOf(swagger, op)) {
          const binary = parameter.type === 'file' || (parameter.type === 'string' && parameter.format === 'binary');
          if (parameter.in !== 'formData' || !binary) continue;
          results.push({ message: `${describeOperation(op)} consumes application/x-www-form-urlencoded but the ${nameOf(parameter)} is binary.`, path: at });
        }
      }
      return results;
    }),
  },
});
