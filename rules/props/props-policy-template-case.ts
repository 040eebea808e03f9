import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { policyInstancesOf } from '../lib/api-properties';
import { policyTemplate } from '../lib/policy-templates';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-policy-template-case',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Policy templateIds are written in their canonical lower case, e.g. "dynamichosturl" rather than "DynamicHostUrl".',
  criterion: {
    text: 'Template ids are lower-case words; the mixed-case aliases the old schema accepts are legacy spellings.',
    url: SOURCES.policyTemplates,
    rows: ['props-policy-template-case'],
  },
  fix: 'Write the templateId in lower case, e.g. "setheader".',
  given: '$',
  then: {
    function: ruleFunction('policyTemplateCase', (root: unknown) =>
      policyInstancesOf(root)
        .filter((ref) => typeof ref.instance.templateId === 'string' && policyTemplate(ref.templateId) && ref.instance.templateId !== ref.templateId)
        .map((ref) => ({ message: `The templateId "${String(ref.instance.templateId)}" is written in mixed case; write "${ref.templateId}".`, path: [...ref.at, 'templateId'] })),
    ),
  },
});
