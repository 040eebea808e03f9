import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { OPERATION_NAME_KEY, POLICY_SECTION_KEY, TEMPLATE_PARAMETER_PREFIX, describePolicy, policyInstancesOf } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { policyTemplate } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

const INSTANCE_KEYS = ['templateId', 'title', 'parameters'];

export default defineSpectralRule({
  id: 'props-policy-keys',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Policy instances hold only templateId, title and parameters, and their parameters are the template\'s own x-ms-apimTemplateParameter.<name> keys plus the operation list and policy section.',
  criterion: {
    text: 'A policy instance is {templateId, title, parameters} (pollingtrigger adds type); its parameters are the operation list, the policy section and the parameters of that template, spelled exactly.',
    url: reviewThread(3706),
    rows: ['props-policy-keys'],
  },
  fix: 'Remove unknown keys and spell each template parameter as documented, e.g. "x-ms-apimTemplateParameter.urlTemplate".',
  given: '$',
  then: {
    function: ruleFunction('policyKeys', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of policyInstancesOf(root)) {
        const who = describePolicy(ref);
        for (const key of Object.keys(ref.instance)) {
          if (INSTANCE_KEYS.includes(key) || (key === 'type' && ref.templateId === 'pollingtrigger')) continue;
          results.push({ message: `${who} has the unknown key "${key}" (allowed: ${INSTANCE_KEYS.join(', ')}).`, path: [...ref.at, key] });
        }
        const parameters = ref.instance.parameters;
        if (parameters !== undefined && !isObject(parameters)) {
          results.push({ message: `${who} has parameters ${show(parameters)}; they must be an object.`, path: [...ref.at, 'parameters'] });
          continue;
        }
        const template = policyTemplate(ref.templateId);
        const names = template ? [...template.required, ...template.optional] : undefined;
        for (const [key, value] of Object.entries(ref.parameters)) {
          const at = [...ref.at, 'parameters', key];
          if (key === OPERATION_NAME_KEY) {
            if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) results.push({ message: `${who}: ${OPERATION_NAME_KEY} is ${show(value)}; it must be an array of operationIds.`, path: at });
            continue;
          }
          if (key === POLICY_SECTION_KEY) continue;
          const name = key.startsWith(TEMPLATE_PARAMETER_PREFIX) ? key.slice(TEMPLATE_PARAMETER_PREFIX.length) : undefined;
          if (name === undefined || !/^[A-Za-z0-9]+$/.test(name)) {
            results.push({ message: `${who} has the parameter "${key}", which is not of the form ${TEMPLATE_PARAMETER_PREFIX}<name>.`, path: at });
          } else if (names && !names.includes(name)) {
            const meant = names.find((n) => n.toLowerCase() === name.toLowerCase());
            results.push({ message: `${who}: "${name}" is not a parameter of ${ref.templateId}${meant ? `; write "${meant}"` : ` (parameters: ${names.join(', ')})`}.`, path: at });
          }
        }
      }
      return results;
    }),
  },
});
