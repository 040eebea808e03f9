import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter, parameterType } from '../lib/api-properties';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { CREDENTIAL_NAME } from '../lib/secrets';
import { SOURCES } from '../lib/sources';

/** Display names that ask for a credential: they end with the credential word ("Secret Key", not "API Key Name"). */
const CREDENTIAL_LABEL = /\b(password|secret|api[ -]?key|access token|private key|subscription key)\s*$/i;

export default defineSpectralRule({
  id: 'props-conn-param-secret-types',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Connection parameters that hold credentials (API keys, passwords, secrets, tokens) are securestring, and no securestring has a defaultValue.',
  criterion: {
    text: 'Credentials entered in a connection are stored encrypted and masked only when their parameter is a securestring; a default value for a secret would publish it.',
    url: SOURCES.connectionParameters,
    rows: ['props-conn-param-secret-types'],
  },
  fix: 'Give credential parameters the type "securestring" and remove any defaultValue from securestring parameters.',
  given: '$',
  then: {
    function: ruleFunction('connParamSecretTypes', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        const type = parameterType(ref.param);
        if (type === 'securestring' && ref.param.defaultValue !== undefined) {
          results.push({ message: `${describeParameter(ref)} is a securestring with a defaultValue; a secret cannot have a published default.`, path: [...ref.at, 'defaultValue'] });
        }
        if (type !== 'string') continue;
        const ui = isObject(ref.param.uiDefinition) ? ref.param.uiDefinition : {};
        const label = typeof ui.displayName === 'string' ? ui.displayName : '';
        if (CREDENTIAL_NAME.test(ref.name) || CREDENTIAL_LABEL.test(label)) {
          const what = label !== '' ? ` ("${label}")` : '';
          results.push({ message: `${describeParameter(ref)}${what} holds a credential but has the type "string"; use "securestring".`, path: [...ref.at, 'type'] });
        }
      }
      return results;
    }),
  },
});
