import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const KEY = 'securityDefinitions';

export default defineSpectralRule({
  id: 'swagger-security-type-supported',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every security scheme is basic, apiKey (in header or query) or oauth2 with the accessCode or implicit flow.',
  criterion: {
    text: 'Custom connectors support basic authentication, API keys and OAuth 2.0 authorization-code (and implicit) flows; client-credentials and password flows are not supported.',
    url: SOURCES.submitCertification,
    rows: ['def-security-type-supported'],
  },
  fix: 'Use "type": "basic", "apiKey" (with "in": "header" or "query") or "oauth2" (with "flow": "accessCode").',
  given: '$',
  then: {
    function: ruleFunction('securityTypeSupported', (root: unknown) => {
      const definitions = isObject(root) ? root[KEY] : undefined;
      if (definitions === undefined) return;
      if (!isObject(definitions)) return [{ message: `${KEY} is not an object of named security schemes.`, path: [KEY] }];
      const results: RuleResult[] = [];
      for (const [name, scheme] of Object.entries(definitions)) {
        const at = [KEY, name];
        if (!isObject(scheme)) {
          results.push({ message: `The security scheme "${name}" is not an object.`, path: at });
        } else if (scheme.type === 'apiKey') {
          if (scheme.in !== undefined && scheme.in !== 'header' && scheme.in !== 'query') {
            results.push({ message: `The API key of "${name}" is sent in ${show(scheme.in)}; only "header" and "query" are supported.`, path: [...at, 'in'] });
          }
        } else if (scheme.type === 'oauth2') {
          if (scheme.flow === 'application' || scheme.flow === 'password') {
            const flow = scheme.flow === 'application' ? 'client-credentials ("application")' : '"password"';
            results.push({ message: `The OAuth 2.0 ${flow} flow of "${name}" is not supported by custom connectors.`, path: [...at, 'flow'] });
          } else if (scheme.flow !== undefined && scheme.flow !== 'accessCode' && scheme.flow !== 'implicit') {
            results.push({ message: `The OAuth 2.0 flow ${show(scheme.flow)} of "${name}" is not valid; use "accessCode".`, path: [...at, 'flow'] });
          }
        } else if (scheme.type !== 'basic') {
          const what = scheme.type === undefined ? 'has no type' : `has the type ${show(scheme.type)}`;
          results.push({ message: `The security scheme "${name}" ${what}; use "basic", "apiKey" or "oauth2".`, path: [...at, 'type'] });
        }
      }
      return results;
    }),
  },
});
