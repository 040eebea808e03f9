import { defineCheck } from '../../model/rule';
import { TEMPLATE_PARAMETER_PREFIX, describePolicy, policyInstancesOf, templateParameter } from '../../../rules/lib/api-properties';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'cross-dynamichosturl-basepath',
  severity: 'warning',
  programs: BOTH,
  file: `${FILES.apiProperties}, ${FILES.swagger}`,
  description: 'When dynamichosturl sets the base URL, the swagger basePath is "/" or is repeated at the end of urlTemplate.',
  criterion: {
    text: 'The dynamic host URL template replaces the whole base URL, base path included: a basePath other than "/" must be part of urlTemplate or the calls lose it.',
    url: SOURCES.policyTemplates,
    rows: ['props-dynamichosturl-basepath'],
  },
  fix: 'Append the basePath to urlTemplate (e.g. "https://@connectionParameters(\'host\')/api/v2") and set basePath to "/".',
  run(connector, report) {
    const swagger = connector.swagger?.data;
    const props = connector.apiProperties;
    if (!isObject(swagger) || !props || typeof swagger.basePath !== 'string') return;
    const basePath = swagger.basePath.trim().replace(/\/+$/, '');
    if (basePath === '') return;
    for (const ref of policyInstancesOf(props.data)) {
      if (ref.templateId !== 'dynamichosturl') continue;
      const template = templateParameter(ref, 'urlTemplate');
      if (typeof template !== 'string' || template.replace(/\/+$/, '').toLowerCase().endsWith(basePath.toLowerCase())) continue;
      report({
        file: props.name,
        path: [...ref.at, 'parameters', `${TEMPLATE_PARAMETER_PREFIX}urlTemplate`],
        message: `${describePolicy(ref)} replaces the base URL with "${template}", which drops the swagger basePath "${swagger.basePath}".`,
      });
    }
  },
});
