import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParameterEntries, describeParameter, propertiesOf } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** A plain name, or a claim-style "prefix:name" such as token:TenantId. */
const NAME = /^[0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?$/;

export default defineSpectralRule({
  id: 'props-conn-param-names',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'connectionParameters is an object whose keys use only letters, digits and underscores (optionally "prefix:name").',
  criterion: {
    text: 'Connection parameter names are identifiers: letters, digits and underscores, optionally in the form "prefix:name" (as in token:TenantId).',
    url: SOURCES.schemas,
    rows: ['props-conn-param-names'],
  },
  fix: 'Rename the connection parameter to letters, digits and underscores, e.g. "api_key", and update the references to it.',
  given: '$',
  then: {
    function: ruleFunction('connParamNames', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      const results: RuleResult[] = [];
      const list = props.connectionParameters;
      if (list !== undefined && !isObject(list)) results.push({ message: `connectionParameters is ${Array.isArray(list) ? 'an array' : show(list)}; it must be an object keyed by parameter name.`, path: ['properties', 'connectionParameters'] });
      for (const entry of connectionParameterEntries(root)) {
        if (!NAME.test(entry.name)) results.push({ message: `${describeParameter(entry)} has characters other than letters, digits and underscores.`, path: entry.at });
      }
      return results;
    }),
  },
});
