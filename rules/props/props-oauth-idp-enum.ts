import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, oauthSettingsOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const IDENTITY_PROVIDERS = ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook'];

export default defineSpectralRule({
  id: 'props-oauth-idp-enum',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `oAuthSettings.identityProvider is one of ${IDENTITY_PROVIDERS.join(', ')}.`,
  criterion: {
    text: `The identity provider of an OAuth connection is one the platform supports for connectors: ${IDENTITY_PROVIDERS.join(', ')}.`,
    url: SOURCES.connectionParameters,
    rows: ['props-oauth-idp-enum'],
  },
  fix: 'Use "oauth2" for a standard OAuth 2.0 service, "aad" for Microsoft Entra ID, or "oauth2generic" for templated endpoints.',
  given: '$',
  then: {
    function: ruleFunction('oauthIdpEnum', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const idp = ref.settings.identityProvider;
        // A missing provider is props-oauth-required-fields'.
        if (idp === undefined || (typeof idp === 'string' && IDENTITY_PROVIDERS.includes(idp))) continue;
        const meant = typeof idp === 'string' ? IDENTITY_PROVIDERS.find((p) => p === idp.trim().toLowerCase()) : undefined;
        const hint = meant ? `; write "${meant}"` : ` (supported: ${IDENTITY_PROVIDERS.join(', ')})`;
        results.push({ message: `${describeParameter(ref)} uses the identity provider ${show(idp)}, which is not supported${hint}.`, path: [...ref.at, 'oAuthSettings', 'identityProvider'] });
      }
      return results;
    }),
  },
});
