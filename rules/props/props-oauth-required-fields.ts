import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter, parameterType } from '../lib/api-properties';
import { isNonEmptyString, isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The endpoints of a standard OAuth 2.0 provider; authorization and token URLs are needed to sign in at all. */
const OAUTH2_ENDPOINTS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'];
const OAUTH2_REQUIRED = ['authorizationUrl', 'tokenUrl'];

export default defineSpectralRule({
  id: 'props-oauth-required-fields',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'An oauthSetting connection parameter has oAuthSettings with identityProvider, clientId and a scopes array; oauth2 also has its authorization and token URLs and no other custom parameters.',
  criterion: {
    text: 'OAuth settings name the identity provider, a client id (a placeholder in the repository) and the scopes; the oauth2 provider takes exactly authorizationUrl, tokenUrl and refreshUrl as custom parameters.',
    url: SOURCES.schemas,
    rows: ['props-oauth-required-fields'],
  },
  fix: 'Complete oAuthSettings: identityProvider, clientId (e.g. "[[DUMMY]]"), scopes (an array, possibly empty) and, for oauth2, customParameters authorizationUrl, tokenUrl and refreshUrl.',
  given: '$',
  then: {
    function: ruleFunction('oauthRequiredFields', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        if (parameterType(ref.param) !== 'oauthsetting') continue;
        const who = describeParameter(ref);
        const settings = ref.param.oAuthSettings;
        const at = [...ref.at, 'oAuthSettings'];
        if (!isObject(settings)) {
          results.push({ message: `${who} is an oauthSetting without an oAuthSettings object.`, path: at });
          continue;
        }
        if (settings.identityProvider === undefined) results.push({ message: `${who} has no identityProvider.`, path: [...at, 'identityProvider'] });
        if (typeof settings.clientId !== 'string') {
          results.push({ message: `${who} has ${settings.clientId === undefined ? 'no clientId' : `the clientId ${show(settings.clientId)}, not a string`}.`, path: [...at, 'clientId'] });
        }
        const scopes = settings.scopes;
        if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) {
          results.push({ message: `${who} has ${scopes === undefined ? 'no scopes' : `scopes ${show(scopes)}`}; scopes must be an array of strings.`, path: [...at, 'scopes'] });
        }
        if (settings.identityProvider === 'oauth2') results.push(...oauth2Endpoints(who, settings.customParameters, [...at, 'customParameters']));
      }
      return results;
    }),
  },
});

function oauth2Endpoints(who: string, custom: unknown, at: Array<string | number>): RuleResult[] {
  if (!isObject(custom)) return [{ message: `${who} uses oauth2 but has no customParameters with the authorization and token URLs.`, path: at }];
  const results: RuleResult[] = [];
  for (const key of Object.keys(custom)) {
    if (OAUTH2_ENDPOINTS.includes(key)) continue;
    const meant = OAUTH2_ENDPOINTS.find((k) => k.toLowerCase() === key.toLowerCase());
    results.push({ message: `${who}: "${key}" is not a custom parameter of oauth2${meant ? `; write "${meant}"` : ` (allowed: ${OAUTH2_ENDPOINTS.join(', ')})`}.`, path: [...at, key] });
  }
  for (const key of OAUTH2_REQUIRED) {
    const entry = custom[key];
    if (isObject(entry) && isNonEmptyString(entry.value)) continue;
    // A mis-cased key was reported above.
    if (entry === undefined && Object.keys(custom).some((k) => k.toLowerCase() === key.toLowerCase())) continue;
    results.push({ message: `${who} uses oauth2 but customParameters.${key} ${entry === undefined ? 'is missing' : 'has no "value"'}.`, path: [...at, key] });
  }
  return results;
}
