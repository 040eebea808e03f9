import { defineCheck } from '../../model/rule';
import { connectionParametersOf, describeParameter, parameterType, policyInstancesOf, propertiesOf, stringsIn, type ConnectionParameterRef } from '../../../rules/lib/api-properties';
import { CREDENTIAL_NAME } from '../../../rules/lib/secrets';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'cross-auth-consistency',
  severity: 'error',
  programs: BOTH,
  file: `${FILES.swagger}, ${FILES.apiProperties}`,
  description: 'The security definitions of the swagger and the connection parameters of apiProperties.json describe the same authentication.',
  criterion: {
    text: 'oauth2 in the swagger needs an oauthSetting connection parameter, apiKey a securestring parameter, basic the username and password parameters; an OAuth parameter needs an oauth2 definition, and a swagger without security sends no collected secret.',
    url: SOURCES.connectionParameters,
    rows: ['x-auth-consistency'],
  },
  fix: 'Make securityDefinitions and connectionParameters describe the same authentication type.',
  run(connector, report) {
    const swagger = connector.swagger?.data;
    const props = connector.apiProperties;
    if (!isObject(swagger) || !props || !isObject(props.data)) return;
    const params = connectionParametersOf(props.data);
    const has = (type: string) => params.some((p) => parameterType(p.param) === type);
    const named = (name: string) => params.some((p) => p.name === name);
    const definitions = isObject(swagger.securityDefinitions) ? swagger.securityDefinitions : {};
    const types = new Set<string>();
    for (const [name, definition] of Object.entries(definitions)) {
      if (!isObject(definition) || typeof definition.type !== 'string') continue;
      types.add(definition.type);
      const path = ['securityDefinitions', name];
      const where = `securityDefinitions.${name}`;
      if (definition.type === 'oauth2' && !has('oauthsetting')) {
        report({ file: connector.swagger!.name, path, message: `${where} is oauth2, but ${props.name} has no oauthSetting connection parameter.` });
      } else if (definition.type === 'apiKey' && !has('securestring') && !params.some((p) => CREDENTIAL_NAME.test(p.name))) {
        // A credential-named plain string is props-conn-param-secret-types' finding.
        report({ file: connector.swagger!.name, path, message: `${where} is apiKey, but ${props.name} has no securestring connection parameter for the key.` });
      } else if (definition.type === 'basic' && !(named('username') && named('password'))) {
        report({ file: connector.swagger!.name, path, message: `${where} is basic, but ${props.name} lacks the "username" and "password" connection parameters.` });
      }
    }
    // Multi-authentication sets choose between alternatives the swagger cannot tie to one set: only the swagger side is checked.
    if (isObject(propertiesOf(props.data)?.connectionParameterSets)) return;
    for (const ref of params) {
      if (parameterType(ref.param) === 'oauthsetting' && !types.has('oauth2')) {
        report({ file: props.name, path: [...ref.at, 'type'], message: `${describeParameter(ref)} is an oauthSetting, but ${FILES.swagger} has no oauth2 security definition.` });
      }
    }
    if (types.size > 0) return;
    // Without any security definition, a collected secret reaches the API only through a policy that reads it.
    const used = referencedParameters(props.data);
    for (const ref of params) {
      // "token:" parameters feed the OAuth settings (e.g. {ClientSecret} in oauth2generic templates), not the API.
      if (parameterType(ref.param) !== 'securestring' || used.has(ref.name) || ref.name.startsWith('token:')) continue;
      report({ file: props.name, path: [...ref.at, 'type'], message: unusedSecret(ref) });
    }
  },
});

function unusedSecret(ref: ConnectionParameterRef): string {
  return `${describeParameter(ref)} collects a secret, but ${FILES.swagger} declares no security definition and no policy sends it.`;
}

/** Connection parameter names read by policies through @connectionParameters('name'). */
function referencedParameters(root: unknown): Set<string> {
  const names = new Set<string>();
  for (const ref of policyInstancesOf(root)) {
    for (const { text } of stringsIn(ref.instance.parameters)) {
      for (const match of text.matchAll(/@connectionParameters\(\s*(['"])(.*?)\1/g)) names.add(match[2]);
    }
  }
  return names;
}
