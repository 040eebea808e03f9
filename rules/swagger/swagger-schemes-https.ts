import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-schemes-https',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'schemes is ["https"]: the service is called over HTTPS only.',
  criterion: {
    text: 'The backend must be reached over HTTPS with TLS 1.2; plain http is only tolerated.',
    url: SOURCES.policyErrors,
    rows: ['def-schemes-https'],
  },
  validatorCodes: ['5000.3.1.6'],
  fix: 'Serve the API over HTTPS and set "schemes": ["https"].',
  given: '$',
  then: {
    function: ruleFunction('schemesHttps', (root: unknown) => {
      if (!isObject(root)) return;
      const schemes = root.schemes;
      if (schemes === undefined) return [{ message: 'The definition has no schemes; declare "schemes": ["https"].', path: ['schemes'] }];
      // Other shapes and values are reported by swagger-schemes-valid.
      if (!Array.isArray(schemes)) return;
      const results: RuleResult[] = [];
      schemes.forEach((scheme, i) => {
        if (scheme === 'http') results.push({ message: 'schemes lists "http"; the service must be called over HTTPS.', path: ['schemes', i] });
      });
      return results;
    }),
  },
});
