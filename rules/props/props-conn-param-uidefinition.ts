import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { shapeChecker } from '../lib/schema';
import { reviewThread } from '../lib/sources';

/**
 * Our statement of a connection parameter's uiDefinition (the 2020 schema is stale, criteria.md A9). `required` is a
 * string in the schema and in nearly every connector, a boolean in a few accepted ones: both are allowed. A string
 * `hidden` is tolerated here and reported by props-conn-param-hidden-boolean as a warning.
 */
const UI_DEFINITION = {
  type: 'object',
  additionalProperties: false,
  properties: {
    displayName: { type: 'string' },
    description: { type: 'string' },
    tooltip: { type: 'string' },
    tabIndex: { type: 'integer' },
    constraints: {
      type: 'object',
      additionalProperties: false,
      properties: {
        clearText: { type: 'boolean' },
        required: { enum: ['true', 'false', true, false] },
        tabIndex: { type: 'integer' },
        capability: { type: 'array', items: { type: 'string' } },
        hidden: { enum: [true, false, 'true', 'false'] },
        allowedValues: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['value'], properties: { value: {}, text: { type: 'string' } } },
        },
        dependencies: {
          type: 'object',
          additionalProperties: { type: 'object', additionalProperties: false, required: ['values'], properties: { values: { type: 'array' } } },
        },
      },
    },
  },
};

const check = shapeChecker(UI_DEFINITION);

export default defineSpectralRule({
  id: 'props-conn-param-uidefinition',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Each connection parameter\'s uiDefinition uses only the known keys, with the expected value types.',
  criterion: {
    text: 'uiDefinition holds displayName, description, tooltip, tabIndex and constraints (clearText, required, tabIndex, capability, hidden, allowedValues, dependencies); the apiProperties validator rejects other keys and wrong value types.',
    url: reviewThread(1421),
    rows: ['props-conn-param-uidefinition'],
  },
  fix: 'Keep only the documented uiDefinition keys and give each its type: texts as strings, tabIndex as an integer, clearText as a boolean, required as "true" or "false".',
  given: '$',
  then: {
    function: ruleFunction('connParamUiDefinition', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        if (ref.param.uiDefinition === undefined) continue;
        const owner = ref.set === undefined ? `"${ref.name}"` : `"${ref.name}" (parameter set "${ref.set}")`;
        for (const problem of check(ref.param.uiDefinition, `The uiDefinition of ${owner}`)) {
          results.push({ message: problem.message, path: [...ref.at, 'uiDefinition', ...problem.path] });
        }
      }
      return results;
    }),
  },
});
