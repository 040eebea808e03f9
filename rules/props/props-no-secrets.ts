import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter, describePolicy, parameterType, policyInstancesOf, propertiesOf, stringsIn, templateParameter } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { CREDENTIAL_NAME, credentialIn, looksLikeRealSecret } from '../lib/secrets';
import { reviewThread } from '../lib/sources';

/** oAuthSettings.clientId / clientSecret are props-oauth-dummy-clientid's; display texts are prose. */
function skipped(at: Array<string | number>): boolean {
  const last = at[at.length - 1];
  // A parameter written as a bare string ("api_key": "securestring") is a shape error, not a secret.
  if (at.length === 3 && at[1] === 'connectionParameters') return true;
  const inOAuth = at.includes('oAuthSettings') && (at.includes('clientId') || at.includes('clientSecret'));
  return inOAuth || (at.includes('uiDefinition') && last !== 'value') || last === 'title';
}

/** A short dotted location for messages, e.g. "connectionParameters.token.oAuthSettings.customParameters.apiKey.value". */
function where(at: Array<string | number>): string {
  return `"${at.slice(1).join('.')}"`;
}

export default defineSpectralRule({
  id: 'props-no-secrets',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'apiProperties.json contains no real credentials: no tokens or keys in values, no defaults for secret parameters, no literal secrets under secret-named keys.',
  criterion: {
    text: 'Connector files are published in a public repository: API keys, tokens, passwords and client secrets must never be written into them.',
    url: reviewThread(611),
    rows: ['props-no-secrets'],
  },
  fix: 'Remove the credential (and revoke it, since it was shared); let users enter it in the connection or reference it with @connectionParameters(...).',
  given: '$',
  then: {
    function: ruleFunction('noSecrets', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      const results: RuleResult[] = [];
      const reported = new Set<string>();
      const report = (at: Array<string | number>, message: string) => {
        const key = at.join('\u0000');
        if (reported.has(key)) return;
        reported.add(key);
        results.push({ message, path: at });
      };
      for (const ref of connectionParametersOf(root)) {
        const value = ref.param.defaultValue;
        // A securestring with any default is props-conn-param-secret-types' finding.
        if (parameterType(ref.param) === 'securestring' || !CREDENTIAL_NAME.test(ref.name)) continue;
        if (typeof value === 'string' && looksLikeRealSecret(value)) {
          report([...ref.at, 'defaultValue'], `${describeParameter(ref)} holds a credential and has a default value that looks real (${value.length} characters).`);
        }
      }
      for (const { text, at } of stringsIn(props, ['properties'])) {
        if (skipped(at)) continue;
        const kind = credentialIn(text);
        if (kind) {
          report(at, `The value of ${where(at)} contains what looks like ${kind}.`);
          continue;
        }
        // A literal under a secret-named key: "clientSecret": "…" or customParameters.apiKey.value.
        const last = at[at.length - 1];
        const key = last === 'value' ? at[at.length - 2] : last;
        if (typeof key === 'string' && CREDENTIAL_NAME.test(key) && looksLikeRealSecret(text) && !/^https?:\/\//i.test(text)) {
          report(at, `The value of ${where(at)} looks like a real credential (${text.length} characters).`);
        }
      }
      // A header or query parameter named like a credential and set to a literal by a policy.
      for (const ref of policyInstancesOf(root)) {
        if (ref.templateId !== 'setheader' && ref.templateId !== 'setqueryparameter') continue;
        const name = templateParameter(ref, 'name');
        const value = templateParameter(ref, 'value');
        if (typeof name === 'string' && CREDENTIAL_NAME.test(name) && typeof value === 'string' && looksLikeRealSecret(value)) {
          report([...ref.at, 'parameters', 'x-ms-apimTemplateParameter.value'], `${describePolicy(ref)} sets "${name}" to a literal that looks like a real credential (${value.length} characters).`);
        }
      }
      return results;
    }),
  },
});
