import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { POLICY_SECTION_KEY, describePolicy, policyInstancesOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-policy-setheader-section',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'setheader policy instances state their x-ms-apimTemplate-policySection (Request, Response or Failure).',
  criterion: {
    text: 'The set-header template documents the policy section as required: say whether the header is set on the request, the response or a failure.',
    url: SOURCES.policyTemplates,
    rows: ['props-policy-setheader-section'],
  },
  fix: 'Add "x-ms-apimTemplate-policySection": "Request" (or "Response" / "Failure") to the setheader parameters.',
  given: '$',
  then: {
    function: ruleFunction('policySetheaderSection', (root: unknown) =>
      policyInstancesOf(root)
        .filter((ref) => ref.templateId === 'setheader' && ref.parameters[POLICY_SECTION_KEY] === undefined)
        .map((ref) => ({ message: `${describePolicy(ref)} does not say which section it applies to.`, path: [...ref.at, 'parameters', POLICY_SECTION_KEY] })),
    ),
  },
});
