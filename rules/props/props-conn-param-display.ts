import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf, describeParameter, isHiddenParameter, parameterType } from '../lib/api-properties';
import { isNonEmptyString, isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** Types whose parameters are fields the user fills in when creating a connection. */
const FIELD_TYPES = ['string', 'securestring', 'int', 'bool'];
const TEXTS = ['displayName', 'description', 'tooltip'];

export default defineSpectralRule({
  id: 'props-conn-param-display',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Every connection field a user fills in has a uiDefinition with displayName, description and tooltip.',
  criterion: {
    text: 'Users create connections from the uiDefinition texts alone: each visible field needs a label, a description and a tooltip in English.',
    url: reviewThread(1558),
    rows: ['props-conn-param-display'],
  },
  fix: 'Add uiDefinition.displayName, description and tooltip that tell the user what to enter and where to find it.',
  given: '$',
  then: {
    function: ruleFunction('connParamDisplay', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        // token:TenantId is filled by the platform; props-tenantid-claim checks its fixed block.
        if (!FIELD_TYPES.includes(parameterType(ref.param)) || isHiddenParameter(ref.param) || ref.name === 'token:TenantId') continue;
        const ui = ref.param.uiDefinition;
        if (!isObject(ui)) {
          results.push({ message: `${describeParameter(ref)} is shown to users but has no uiDefinition.`, path: [...ref.at, 'uiDefinition'] });
          continue;
        }
        const missing = TEXTS.filter((t) => !isNonEmptyString(ui[t]));
        if (missing.length === 0) continue;
        results.push({ message: `${describeParameter(ref)} is shown to users but has no ${missing.join(', ')}.`, path: [...ref.at, 'uiDefinition', missing[0]] });
      }
      return results;
    }),
  },
});
