import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, identityProviderOf, oauthSettingsOf, propertiesOf } from '../lib/api-properties';
import { getPath } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-oauth-aadcert-firstparty',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'The aadcertificate identity provider appears only in Microsoft first-party connectors (IsFirstParty "True").',
  criterion: {
    text: 'Certificate-based Entra ID sign-in (aadcertificate) is reserved for Microsoft\'s first-party connectors; partners use aad or oauth2.',
    url: SOURCES.schemas,
    rows: ['props-oauth-aadcert-firstparty'],
  },
  fix: 'Use the "aad" identity provider (or "oauth2") with your own app registration.',
  given: '$',
  then: {
    function: ruleFunction('oauthAadcertFirstParty', (root: unknown) => {
      const publisher = propertiesOf(root)?.publisher;
      const notMicrosoft = typeof publisher === 'string' && !/^microsoft\b/i.test(publisher.trim());
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        if (identityProviderOf(ref.settings) !== 'aadcertificate') continue;
        const path = [...ref.at, 'oAuthSettings', 'identityProvider'];
        if (notMicrosoft) results.push({ message: `${describeParameter(ref)} uses aadcertificate, which is reserved for Microsoft's first-party connectors (publisher is "${String(publisher)}").`, path });
        else if (getPath(ref.settings, ['properties', 'IsFirstParty']) !== 'True') results.push({ message: `${describeParameter(ref)} uses aadcertificate without properties.IsFirstParty "True"; only first-party connectors can use it.`, path });
      }
      return results;
    }),
  },
});
