import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-root-keys-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The definition has the root keys "swagger", "paths" and "host".',
  criterion: {
    text: 'A connector definition needs the Swagger version, its paths and the host the platform calls; info is required too.',
    url: SOURCES.schemas,
    rows: ['def-required-root-keys'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add the missing root key: "swagger": "2.0", "paths": {...} or "host": "api.example.com".',
  given: '$',
  then: {
    function: ruleFunction('rootKeysRequired', (root: unknown) => {
      if (!isObject(root)) return;
      const results: RuleResult[] = [];
      // An OpenAPI 3 document is reported once, by swagger-version-2; a missing info by swagger-title-required.
      if (!('swagger' in root) && !('openapi' in root)) results.push({ message: 'The definition has no "swagger" key; add "swagger": "2.0".', path: ['swagger'] });
      for (const key of ['paths', 'host']) {
        if (root[key] === undefined || root[key] === null) results.push({ message: `The definition has no root "${key}".`, path: [key] });
      }
      return results;
    }),
  },
});
