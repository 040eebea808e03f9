import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, identityProviderOf, oauthSettingsOf } from '../lib/api-properties';
import { isNonEmptyString, isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/**
 * Custom parameters of the Entra ID providers. The schema lists resourceUri, loginUri and tenantId (plus loginUriAAD
 * for aadcertificate); enableOnbehalfOfLogin is the platform's on-behalf-of switch, used by many accepted connectors.
 */
const AAD_PARAMETERS = ['resourceUri', 'loginUri', 'tenantId', 'enableOnbehalfOfLogin'];
const ALLOWED: Record<string, string[]> = { aad: AAD_PARAMETERS, aadcertificate: [...AAD_PARAMETERS, 'loginUriAAD'] };

export default defineSpectralRule({
  id: 'props-oauth-aad-resource',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'aad and aadcertificate OAuth settings define customParameters.resourceUri and use only the Entra ID custom parameters.',
  criterion: {
    text: 'An Entra ID (aad) connection requests a token for one resource, so resourceUri is required; the other custom parameters are loginUri and tenantId (and loginUriAAD for aadcertificate).',
    url: SOURCES.schemas,
    rows: ['props-oauth-aad-resource'],
  },
  fix: 'Add customParameters.resourceUri with {"value": "<the application ID URI of your API>"} and remove unknown custom parameters.',
  given: '$',
  then: {
    function: ruleFunction('oauthAadResource', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const idp = identityProviderOf(ref.settings);
        if (idp === undefined || !ALLOWED[idp]) continue;
        const at = [...ref.at, 'oAuthSettings', 'customParameters'];
        const custom = isObject(ref.settings.customParameters) ? ref.settings.customParameters : {};
        const resource = custom.resourceUri;
        if (!isObject(resource) || !isNonEmptyString(resource.value)) {
          const problem = resource === undefined ? 'has no customParameters.resourceUri' : 'has a customParameters.resourceUri without a "value"';
          results.push({ message: `${describeParameter(ref)} uses ${idp} but ${problem}.`, path: [...at, 'resourceUri'] });
        }
        for (const key of Object.keys(custom)) {
          if (ALLOWED[idp].includes(key)) continue;
          const meant = ALLOWED[idp].find((k) => k.toLowerCase() === key.toLowerCase());
          results.push({ message: `${describeParameter(ref)}: "${key}" is not a custom parameter of ${idp}${meant ? `; write "${meant}"` : ''}.`, path: [...at, key] });
        }
      }
      return results;
    }),
  },
});
