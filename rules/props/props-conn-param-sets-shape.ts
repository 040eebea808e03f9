import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { shapeChecker } from '../lib/schema';
import { SOURCES } from '../lib/sources';

const LABEL = {
  type: 'object',
  additionalProperties: false,
  required: ['displayName', 'description'],
  properties: { displayName: { type: 'string', minLength: 1 }, description: { type: 'string', minLength: 1 }, constraints: { type: 'object' } },
};

/** Our statement of the multi-auth shape, which the 2020 schema lacks (taken from paconn's model and accepted connectors). */
const PARAMETER_SETS = {
  type: 'object',
  additionalProperties: false,
  required: ['uiDefinition', 'values'],
  properties: {
    uiDefinition: LABEL,
    values: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'uiDefinition', 'parameters'],
        properties: { name: { type: 'string', minLength: 1 }, uiDefinition: LABEL, parameters: { type: 'object' }, metadata: { type: 'object' } },
      },
    },
  },
};

const check = shapeChecker(PARAMETER_SETS);

export default defineSpectralRule({
  id: 'props-conn-param-sets-shape',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'connectionParameterSets has a uiDefinition and a list of uniquely named values, each with uiDefinition (displayName, description) and parameters.',
  criterion: {
    text: 'Multi-authentication connectors offer a choice of parameter sets: the choice and every option need a display name and description, and each option has a unique name and its own parameters.',
    url: SOURCES.paconn,
    rows: ['props-conn-param-sets-shape'],
  },
  fix: 'Give connectionParameterSets a uiDefinition {displayName, description} and values [{name, uiDefinition {displayName, description}, parameters}] with unique names.',
  given: '$',
  then: {
    function: ruleFunction('connParamSetsShape', (root: unknown) => {
      const sets = propertiesOf(root)?.connectionParameterSets;
      if (sets === undefined) return;
      const at = ['properties', 'connectionParameterSets'];
      const results: RuleResult[] = check(sets, 'connectionParameterSets').map((p) => ({ message: p.message, path: [...at, ...p.path] }));
      const seen = new Set<string>();
      const values = isObject(sets) && Array.isArray(sets.values) ? sets.values : [];
      values.forEach((value, index) => {
        const name = isObject(value) ? value.name : undefined;
        if (typeof name !== 'string') return;
        if (seen.has(name)) results.push({ message: `connectionParameterSets has two values named "${name}".`, path: [...at, 'values', index, 'name'] });
        seen.add(name);
      });
      return results;
    }),
  },
});
