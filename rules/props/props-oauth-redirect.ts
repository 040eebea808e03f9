import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, oauthSettingsOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const REDIRECT_MODES = ['Global', 'Direct', 'GlobalPerConnector'];
/** The consent redirect shared by every connector; per-connector mode adds the connector's own path to it. */
const SHARED_REDIRECT = /^https:\/\/global(-test)?\.consent\.azure-apim\.net\/redirect\/?$/i;

export default defineSpectralRule({
  id: 'props-oauth-redirect',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `oAuthSettings.redirectMode is one of ${REDIRECT_MODES.join(', ')}, and redirectUrl, when given, is an absolute https URL that fits the mode.`,
  criterion: {
    text: 'The OAuth redirect is Global, Direct or GlobalPerConnector; the redirect URL is an https URL, and per-connector mode does not hard-code the shared global redirect.',
    url: SOURCES.submission,
    rows: ['props-oauth-redirect'],
  },
  fix: 'Set "redirectMode": "GlobalPerConnector" and remove a hard-coded shared redirectUrl; register the per-connector redirect URL in your OAuth app.',
  given: '$',
  then: {
    function: ruleFunction('oauthRedirect', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const { redirectMode: mode, redirectUrl: url } = ref.settings;
        const at = [...ref.at, 'oAuthSettings'];
        if (mode !== undefined && !(typeof mode === 'string' && REDIRECT_MODES.includes(mode))) {
          const meant = typeof mode === 'string' ? REDIRECT_MODES.find((m) => m.toLowerCase() === mode.trim().toLowerCase()) : undefined;
          results.push({ message: `${describeParameter(ref)} has redirectMode ${show(mode)}${meant ? `; write "${meant}"` : `, not one of ${REDIRECT_MODES.join(', ')}`}.`, path: [...at, 'redirectMode'] });
        }
        if (url === undefined) continue;
        if (typeof url !== 'string' || !isHttpsUrl(url)) results.push({ message: `${describeParameter(ref)} has redirectUrl ${show(url)}, not an absolute https URL.`, path: [...at, 'redirectUrl'] });
        else if (mode === 'GlobalPerConnector' && SHARED_REDIRECT.test(url.trim())) {
          results.push({ message: `${describeParameter(ref)} uses GlobalPerConnector but hard-codes the shared redirectUrl "${url}"; the per-connector URL is assigned by the platform.`, path: [...at, 'redirectUrl'] });
        }
      }
      return results;
    }),
  },
});

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}
