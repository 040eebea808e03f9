import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeParameter, oauthSettingsOf } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-oauth-isfirstparty-string',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'oAuthSettings.properties is an object, and its IsFirstParty, when given, is the string "True" or "False".',
  criterion: {
    text: 'oAuthSettings.properties.IsFirstParty is a string flag, "True" or "False" with a capital letter; partner connectors use "False".',
    url: SOURCES.schemas,
    rows: ['props-oauth-isfirstparty-string'],
  },
  fix: 'Write "IsFirstParty": "False" (a string) in oAuthSettings.properties.',
  given: '$',
  then: {
    function: ruleFunction('oauthIsFirstPartyString', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of oauthSettingsOf(root)) {
        const props = ref.settings.properties;
        const at = [...ref.at, 'oAuthSettings', 'properties'];
        if (props === undefined) continue;
        if (!isObject(props)) {
          results.push({ message: `${describeParameter(ref)} has oAuthSettings.properties ${show(props)}; it must be an object.`, path: at });
          continue;
        }
        const flag = props.IsFirstParty;
        if (flag === undefined || flag === 'True' || flag === 'False') continue;
        const hint = typeof flag === 'boolean' || (typeof flag === 'string' && ['true', 'false'].includes(flag.toLowerCase())) ? `; write "${String(flag).toLowerCase() === 'true' ? 'True' : 'False'}"` : '';
        results.push({ message: `${describeParameter(ref)} has IsFirstParty ${show(flag)}, not the string "True" or "False"${hint}.`, path: [...at, 'IsFirstParty'] });
      }
      return results;
    }),
  },
});
