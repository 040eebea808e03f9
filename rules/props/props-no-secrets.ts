import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter, describePolicy, parameterType, policyInstancesOf, propertiesOf, templateParameter } from '../lib/api-properties';
import { isObject, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { CREDENTIAL_NAME, credentialIn, looksLikeRealSecret } from '../lib/secrets';
import { reviewThread } from '../lib/sources';

/** oAuthSettings.clientId / clientSecret are props-oauth-dummy-clientid's; display texts are prose. */
function skipped(at: ReadonlyArray<string | number>): boolean {
  const last = at[at.length - 1];
  // A parameter written as a bare string ("api_key": "securestring") is a shape error, not a secret.
  if (at.length === 3 && at[1] === 'connectionParameters') return true;
  const inOAuth = at.includes('oAuthSettings') && (at.includes('clientId') || at.includes('clientSecret'));
  return inOAuth || (at.includes('uiDefinition') && last !== 'value') || last === 'title';
}

/**
 * Calls `visit` with every string under `value`, in document order, and its path: one array that the walk changes as
 * it goes (copy it to keep it). Iterative (files may nest deeply), and without a path array per value: it replaces
 * stringsIn here, which builds one for each of the thousands of values of a file when only a few become findings.
 */
function eachString(value: unknown, at: Array<string | number>, visit: (text: string, at: Array<string | number>) => void): void {
  if (typeof value === 'string') return visit(value, at);
  if (!isObject(value) && !Array.isArray(value)) return;
  // One frame per open container: its child keys (undefined for an array) and the next child's index.
  const frames: Array<{ container: JsonObject | unknown[]; keys: string[] | undefined; next: number }> = [];
  const open = (container: JsonObject | unknown[]) => frames.push({ container, keys: Array.isArray(container) ? undefined : Object.keys(container), next: 0 });
  open(value);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    const size = frame.keys ? frame.keys.length : (frame.container as unknown[]).length;
    if (frame.next >= size) {
      frames.pop();
      if (frames.length > 0) at.pop();
      continue;
    }
    const key = frame.keys ? frame.keys[frame.next] : frame.next;
    frame.next++;
    const child = (frame.container as Record<string | number, unknown>)[key];
    if (typeof child === 'string') {
      at.push(key);
      visit(child, at);
      at.pop();
    } else if (isObject(child) || Array.isArray(child)) {
      at.push(key);
      open(child);
    }
  }
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
      eachString(props, ['properties'], (text, at) => {
        if (skipped(at)) return;
        const kind = credentialIn(text);
        if (kind) {
          report([...at], `The value of ${where(at)} contains what looks like ${kind}.`);
          return;
        }
        // A literal under a secret-named key: "clientSecret": "…" or customParameters.apiKey.value.
        const last = at[at.length - 1];
        const key = last === 'value' ? at[at.length - 2] : last;
        if (typeof key === 'string' && CREDENTIAL_NAME.test(key) && looksLikeRealSecret(text) && !/^https?:\/\//i.test(text)) {
          report([...at], `The value of ${where(at)} looks like a real credential (${text.length} characters).`);
        }
      });
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
