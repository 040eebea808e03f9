import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const KEY = 'securityDefinitions';

/** Keys each scheme type (and OAuth 2.0 flow) requires and allows, besides "type", "description" and "x-" keys. */
const REQUIRED: Record<string, string[]> = {
  basic: [],
  apiKey: ['name', 'in'],
  oauth2: ['flow', 'scopes'],
  'oauth2:accessCode': ['authorizationUrl', 'tokenUrl'],
  'oauth2:implicit': ['authorizationUrl'],
  'oauth2:password': ['tokenUrl'],
  'oauth2:application': ['tokenUrl'],
};
const ALLOWED: Record<string, string[]> = {
  basic: [],
  apiKey: ['name', 'in'],
  oauth2: ['flow', 'scopes', 'authorizationUrl', 'tokenUrl'],
  'oauth2:accessCode': ['flow', 'scopes', 'authorizationUrl', 'tokenUrl'],
  'oauth2:implicit': ['flow', 'scopes', 'authorizationUrl'],
  'oauth2:password': ['flow', 'scopes', 'tokenUrl'],
  'oauth2:application': ['flow', 'scopes', 'tokenUrl'],
};

export default defineSpectralRule({
  id: 'swagger-security-scheme-properties',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every security scheme has the keys its type needs and no keys of other types.',
  criterion: {
    text: 'A security scheme carries exactly the fields of its type: apiKey needs name and in; oauth2 needs flow, scopes and the URLs of its flow; basic needs none.',
    url: SOURCES.validator,
    rows: ['sv-security-scheme-property-not-valid', 'sv-security-scheme-property-required'],
  },
  validatorCodes: ['SecuritySchemePropertyNotValid', 'SecuritySchemePropertyRequired'],
  fix: 'Add the missing key, or remove the key that does not belong to the scheme type.',
  given: '$',
  then: {
    function: ruleFunction('securitySchemeProperties', (root: unknown) => {
      const definitions = isObject(root) ? root[KEY] : undefined;
      if (!isObject(definitions)) return;
      const results: RuleResult[] = [];
      for (const name of Object.keys(definitions)) {
        const scheme = definitions[name];
        // Unknown types and non-objects are reported by swagger-security-type-supported.
        if (!isObject(scheme) || typeof scheme.type !== 'string' || !Object.hasOwn(REQUIRED, scheme.type)) continue;
        const flowKey = `${scheme.type}:${String(scheme.flow)}`;
        const kind = Object.hasOwn(REQUIRED, flowKey) ? flowKey : scheme.type;
        const typeLabel = `type "${scheme.type}"`;
        // Labels are only read for findings.
        const label = () => (kind === scheme.type ? typeLabel : `the "${String(scheme.flow)}" flow`);
        for (const key of REQUIRED[scheme.type]) {
          if (scheme[key] === undefined) results.push({ message: `The security scheme "${name}" has no "${key}", which ${typeLabel} requires.`, path: [KEY, name, key] });
        }
        if (kind !== scheme.type) {
          for (const key of REQUIRED[kind]) {
            if (scheme[key] === undefined) results.push({ message: `The security scheme "${name}" has no "${key}", which ${label()} requires.`, path: [KEY, name, key] });
          }
        }
        for (const key of Object.keys(scheme)) {
          if (key === 'type' || key === 'description' || /^x-/i.test(key) || ALLOWED[kind].includes(key)) continue;
          results.push({ message: `"${key}" is not valid in the security scheme "${name}" of ${label()}.`, path: [KEY, name, key] });
        }
      }
      return results;
    }),
  },
});
