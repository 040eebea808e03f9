import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { policyInstancesOf } from '../lib/api-properties';
import { UNDOCUMENTED_TEMPLATES } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-policy-template-undocumented',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `Policy instances avoid the undocumented templates ${UNDOCUMENTED_TEMPLATES.join(', ')}.`,
  criterion: {
    text: 'A few templates work in existing certified connectors but are not documented; new connectors should rely on documented templates only.',
    url: SOURCES.policyTemplates,
    rows: ['props-policy-template-known'],
  },
  fix: 'Use a documented policy template, or explain in the pull request why the undocumented one is needed.',
  given: '$',
  then: {
    function: ruleFunction('policyTemplateUndocumented', (root: unknown) =>
      policyInstancesOf(root)
        .filter((ref) => UNDOCUMENTED_TEMPLATES.includes(ref.templateId))
        .map((ref) => ({ message: `The policy template "${String(ref.instance.templateId)}" is not documented; reviewers may ask for a documented one.`, path: [...ref.at, 'templateId'] })),
    ),
  },
});
