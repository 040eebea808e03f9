import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-version-2',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The definition is Swagger 2.0: root "swagger" is the string "2.0" and there is no "openapi" key.',
  criterion: {
    text: 'Connectors are described in Swagger (OpenAPI) 2.0 only; OpenAPI 3 definitions are not accepted.',
    url: SOURCES.validator,
    rows: ['def-swagger-2-only', 'sv-specification-version-incorrect'],
  },
  validatorCodes: ['SpecificationVersionIncorrect', '5000.2.6.3'],
  fix: 'Convert the definition to Swagger 2.0 and set "swagger": "2.0".',
  given: '$',
  then: {
    function: ruleFunction('swaggerVersion2', (root: unknown) => {
      if (!isObject(root)) return;
      if ('openapi' in root) {
        return [{ message: `The definition declares "openapi": ${show(root.openapi)}; only Swagger 2.0 definitions are accepted.`, path: ['openapi'] }];
      }
      // A missing "swagger" key is reported by swagger-root-keys-required.
      if ('swagger' in root && root.swagger !== '2.0') {
        const kind = typeof root.swagger === 'string' ? '' : ` (a ${root.swagger === null ? 'null' : typeof root.swagger}, not a string)`;
        return [{ message: `"swagger" is ${show(root.swagger)}${kind}; it must be the string "2.0".`, path: ['swagger'] }];
      }
    }),
  },
});
