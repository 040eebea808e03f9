import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { POLICY_SECTION_KEY, TEMPLATE_PARAMETER_PREFIX, describePolicy, policyInstancesOf, templateParameter, type PolicyInstanceRef } from '../lib/api-properties';
import { show } from '../lib/json';
import { policyTemplate } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const EXISTS_ACTIONS = ['override', 'skip', 'append'];
const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'];
const FETCH_METHODS = ['GET', 'POST', 'PUT'];

/** The enumerated template parameters, per template. */
const ENUMS: Record<string, Record<string, string[]>> = {
  setheader: { existsAction: EXISTS_ACTIONS },
  setqueryparameter: { existsAction: EXISTS_ACTIONS },
  routerequesttoendpoint: { httpMethod: ROUTE_METHODS },
  setvaluefromurl: { httpMethod: FETCH_METHODS },
  convertarraytoobject: { retainKey: ['true', 'false'] },
};

export default defineSpectralRule({
  id: 'props-policy-enums',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Enumerated policy values are allowed ones: the policy section, existsAction, httpMethod and retainKey.',
  criterion: {
    text: 'The policy section is Request or Response (setheader also Failure); existsAction is override, skip or append; routing and fetching policies take only their listed HTTP methods; retainKey is "true" or "false".',
    url: SOURCES.policyTemplates,
    rows: ['props-policy-enums'],
  },
  fix: 'Use one of the allowed values named in the message, with the same spelling and case.',
  given: '$',
  then: {
    function: ruleFunction('policyEnums', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of policyInstancesOf(root)) {
        const template = policyTemplate(ref.templateId);
        if (!template) continue;
        check(results, ref, POLICY_SECTION_KEY, ref.parameters[POLICY_SECTION_KEY], template.sections);
        for (const [name, allowed] of Object.entries(ENUMS[ref.templateId] ?? {})) {
          check(results, ref, TEMPLATE_PARAMETER_PREFIX + name, templateParameter(ref, name), allowed);
        }
      }
      return results;
    }),
  },
});

function check(results: RuleResult[], ref: PolicyInstanceRef, key: string, value: unknown, allowed: string[]): void {
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return;
  const meant = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase()) : undefined;
  results.push({
    message: `${describePolicy(ref)} has ${key.replace(TEMPLATE_PARAMETER_PREFIX, '')} ${show(value)}${meant ? `; write "${meant}"` : `; allowed: ${allowed.join(', ')}`}.`,
    path: [...ref.at, 'parameters', key],
  });
}
