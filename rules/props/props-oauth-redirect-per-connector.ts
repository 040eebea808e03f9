import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, oauthSettingsOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-oauth-redirect-per-connector',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'OAuth connection parameters use "redirectMode": "GlobalPerConnector".',
  criterion: {
    text: 'Since late 2023 reviewers expect new OAuth connectors to use the per-connector redirect (GlobalPerConnector) instead of the shared global one.',
    url: reviewThread(3162),
    rows: ['props-oauth-redirect'],
  },
  fix: 'Set "redirectMode": "GlobalPerConnector" and add the connector\'s own redirect URL to your OAuth app.',
  given: '$',
  then: {
    function: ruleFunction('oauthRedirectPerConnector', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const mode = ref.settings.redirectMode;
        if (mode === 'GlobalPerConnector') continue;
        // Unknown values are props-oauth-redirect's.
        if (mode !== undefined && mode !== 'Global' && mode !== 'Direct') continue;
        const found = mode === undefined ? 'has no redirectMode (the shared global redirect)' : `uses redirectMode "${mode}"`;
        results.push({ message: `${describeParameter(ref)} ${found}; new OAuth connectors use "GlobalPerConnector".`, path: [...ref.at, 'oAuthSettings', 'redirectMode'] });
      }
      return results;
    }),
  },
});
