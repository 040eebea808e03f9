import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter } from '../lib/api-properties';
import { getPath } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-conn-param-hidden-boolean',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'uiDefinition.constraints.hidden is a boolean (true or false), not the string "true" or "false".',
  criterion: {
    text: 'The apiProperties validator expects constraints.hidden as a boolean and reports a string value, although the 2020 schema typed it as a string.',
    url: reviewThread(1421),
    rows: ['props-conn-param-uidefinition'],
  },
  fix: 'Write hidden without quotes: true or false.',
  given: '$',
  then: {
    function: ruleFunction('connParamHiddenBoolean', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        // The fixed token:TenantId block is documented with string constraints (props-tenantid-claim checks it).
        if (ref.name === 'token:TenantId') continue;
        const hidden = getPath(ref.param, ['uiDefinition', 'constraints', 'hidden']);
        if (typeof hidden !== 'string' || !['true', 'false'].includes(hidden)) continue;
        results.push({ message: `${describeParameter(ref)} gives hidden as the string "${hidden}"; write the boolean ${hidden}.`, path: [...ref.at, 'uiDefinition', 'constraints', 'hidden'] });
      }
      return results;
    }),
  },
});
