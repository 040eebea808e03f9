import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, effectiveConsumes, nameOf } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/**
 * Whether the list holds `type` (parameters and letter case aside). `hint` matches every string that can: most lists
 * are ruled out by it without splitting their strings.
 */
function hasType(consumes: unknown, type: string, hint: RegExp): boolean {
  if (!Array.isArray(consumes)) return false;
  for (const c of consumes) if (typeof c === 'string' && hint.test(c) && c.split(';')[0].trim().toLowerCase() === type) return true;
  return false;
}

const FORM = /application\/x-www-form-urlencoded/i;
const MULTIPART = /multipart\/form-data/i;

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
        if (!hasType(consumes, 'application/x-www-form-urlencoded', FORM) || hasType(consumes, 'multipart/form-data', MULTIPART)) continue;
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
