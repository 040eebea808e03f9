import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf, stringsIn } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const CLIENT_CREDENTIALS = /client_credentials/i;

export default defineSpectralRule({
  id: 'props-oauth-no-client-credentials',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'No OAuth setting, connection parameter or policy of apiProperties.json uses the client-credentials grant.',
  criterion: {
    text: 'Custom connectors sign in on behalf of a user; the client-credentials grant (an app signing in as itself) is not supported.',
    url: SOURCES.connectionParameters,
    rows: ['props-oauth-no-client-credentials'],
  },
  fix: 'Use the authorization-code flow (oauth2 or aad), or an API key if the service offers one.',
  given: '$',
  then: {
    function: ruleFunction('oauthNoClientCredentials', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      const results: RuleResult[] = [];
      for (const key of ['connectionParameters', 'connectionParameterSets', 'policyTemplateInstances']) {
        for (const { text, at } of stringsIn(props[key], ['properties', key])) {
          // Only values, not what the user reads: a label such as "Client Credentials" is not a grant.
          if (at.includes('uiDefinition') && !at.includes('allowedValues')) continue;
          if (CLIENT_CREDENTIALS.test(text)) results.push({ message: `${at.slice(1).join('.')} requests the client-credentials grant ("${text.length > 60 ? text.slice(0, 59) + '…' : text}"), which connectors do not support.`, path: at });
        }
      }
      return results;
    }),
  },
});
