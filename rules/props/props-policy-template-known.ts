import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { POLICY_TEMPLATES, UNDOCUMENTED_TEMPLATES, policyTemplate } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-policy-template-known',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'policyTemplateInstances is an array of objects, each naming a supported policy template in templateId.',
  criterion: {
    text: `A policy instance uses one of the documented templates (${Object.keys(POLICY_TEMPLATES).join(', ')}); anything else is rejected by the apiProperties validator.`,
    url: reviewThread(3706),
    rows: ['props-policy-template-known'],
  },
  fix: 'Set templateId to a documented policy template such as "dynamichosturl", "setheader" or "routerequesttoendpoint".',
  given: '$',
  then: {
    function: ruleFunction('policyTemplateKnown', (root: unknown) => {
      const list = propertiesOf(root)?.policyTemplateInstances;
      const at = ['properties', 'policyTemplateInstances'];
      if (list === undefined) return;
      if (!Array.isArray(list)) return [{ message: `policyTemplateInstances is ${show(list)}; it must be an array of policy instances.`, path: at }];
      const results: RuleResult[] = [];
      list.forEach((instance, index) => {
        if (!isObject(instance)) {
          results.push({ message: `policyTemplateInstances[${index}] is ${show(instance)}, not a policy instance object.`, path: [...at, index] });
          return;
        }
        const id = instance.templateId;
        if (id === undefined) results.push({ message: `policyTemplateInstances[${index}] has no templateId.`, path: [...at, index, 'templateId'] });
        else if (typeof id !== 'string') results.push({ message: `policyTemplateInstances[${index}] has the templateId ${show(id)}, not a string.`, path: [...at, index, 'templateId'] });
        else if (!policyTemplate(id) && !UNDOCUMENTED_TEMPLATES.includes(id.toLowerCase())) {
          results.push({ message: `The policy template "${id}" does not exist (supported: ${Object.keys(POLICY_TEMPLATES).join(', ')}).`, path: [...at, index, 'templateId'] });
        }
      });
      return results;
    }),
  },
});
