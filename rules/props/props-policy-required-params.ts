import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { TEMPLATE_PARAMETER_PREFIX, describePolicy, policyInstancesOf, templateParameter } from '../lib/api-properties';
import { isObject } from '../lib/json';
import { policyTemplate } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-policy-required-params',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Each policy instance sets every parameter its template requires (e.g. urlTemplate for dynamichosturl, name and value for setheader).',
  criterion: {
    text: 'Each policy template needs its own parameters, e.g. dynamichosturl needs urlTemplate, routerequesttoendpoint needs newPath and setheader needs name and value; pollingtrigger needs a triggerConfig object.',
    url: SOURCES.policyTemplates,
    rows: ['props-policy-required-params'],
  },
  fix: 'Add the missing x-ms-apimTemplateParameter.<name> entries to the policy parameters.',
  given: '$',
  then: {
    function: ruleFunction('policyRequiredParams', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of policyInstancesOf(root)) {
        const template = policyTemplate(ref.templateId);
        if (!template) continue;
        for (const name of template.required) {
          const value = templateParameter(ref, name);
          const path = [...ref.at, 'parameters', TEMPLATE_PARAMETER_PREFIX + name];
          if (name === 'triggerConfig') {
            if (!isObject(value)) results.push({ message: `${describePolicy(ref)} needs ${name} as an object.`, path });
          } else if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
            results.push({ message: `${describePolicy(ref)} ${value === undefined ? 'is missing' : 'has an empty'} required parameter ${name}.`, path });
          }
        }
      }
      return results;
    }),
  },
});
