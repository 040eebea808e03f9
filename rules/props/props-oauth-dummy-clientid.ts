import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, oauthSettingsOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { looksLikeRealClientId, looksLikeRealSecret } from '../lib/secrets';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-oauth-dummy-clientid',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'OAuth settings in the repository carry a placeholder clientId (such as "[[DUMMY]]") and no real clientSecret.',
  criterion: {
    text: 'The connector files are public: the OAuth client id is replaced by a placeholder and the secret left out; the real values are entered when the connector is deployed.',
    url: reviewThread(611),
    rows: ['props-oauth-dummy-clientid'],
  },
  fix: 'Replace the clientId with "[[DUMMY]]" (and remove or dummy the clientSecret); give the real values to Microsoft outside the repository.',
  given: '$',
  then: {
    function: ruleFunction('oauthDummyClientId', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const { clientId, clientSecret } = ref.settings;
        const at = [...ref.at, 'oAuthSettings'];
        if (typeof clientId === 'string' && looksLikeRealClientId(clientId)) {
          results.push({ message: `${describeParameter(ref)} publishes what looks like a real clientId ("${clientId}").`, path: [...at, 'clientId'] });
        }
        // Never echo a secret into the report.
        if (typeof clientSecret === 'string' && looksLikeRealSecret(clientSecret)) {
          results.push({ message: `${describeParameter(ref)} publishes what looks like a real clientSecret (${clientSecret.length} characters).`, path: [...at, 'clientSecret'] });
        }
      }
      return results;
    }),
  },
});
