import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { CONNECTION_PARAMETER_TYPES, connectionParameterEntries, describeParameter } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-conn-param-type',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `Each connection parameter is an object whose type is one of ${CONNECTION_PARAMETER_TYPES.join(', ')} (case-sensitive).`,
  criterion: {
    text: `A connection parameter declares its type, exactly one of ${CONNECTION_PARAMETER_TYPES.join(', ')}.`,
    url: SOURCES.connectionParameters,
    rows: ['props-conn-param-type'],
  },
  fix: 'Set "type" to one of string, securestring, int, bool, oauthSetting or gatewaySetting, spelled exactly so.',
  given: '$',
  then: {
    function: ruleFunction('connParamType', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const entry of connectionParameterEntries(root)) {
        if (!isObject(entry.value)) {
          results.push({ message: `${describeParameter(entry)} is ${Array.isArray(entry.value) ? 'an array' : show(entry.value)}; it must be an object with a "type".`, path: entry.at });
          continue;
        }
        const type = entry.value.type;
        if (typeof type === 'string' && CONNECTION_PARAMETER_TYPES.includes(type)) continue;
        if (type === undefined) {
          results.push({ message: `${describeParameter(entry)} has no type.`, path: [...entry.at, 'type'] });
          continue;
        }
        const meant = typeof type === 'string' ? CONNECTION_PARAMETER_TYPES.find((t) => t.toLowerCase() === type.trim().toLowerCase()) : undefined;
        const hint = meant ? `; write "${meant}"` : ` (allowed: ${CONNECTION_PARAMETER_TYPES.join(', ')})`;
        results.push({ message: `${describeParameter(entry)} has the type ${show(type)}, which is not a connection parameter type${hint}.`, path: [...entry.at, 'type'] });
      }
      return results;
    }),
  },
});
