import { defineCheck } from '../../model/rule';
import { policyInstancesOf, policyOperations, templateParameter } from '../../../rules/lib/api-properties';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { operationsOf } from '../../../rules/lib/swagger';

export default defineCheck({
  id: 'cross-pageable-updatenextlink',
  severity: 'warning',
  programs: BOTH,
  file: `${FILES.swagger}, ${FILES.apiProperties}`,
  description: 'Each operation with x-ms-pageable.nextLinkName is covered by an updatenextlink policy for the same next-link property.',
  criterion: {
    text: 'A paging next link returned by the API points at the API host; unless the API already returns connector URLs, an updatenextlink policy rewrites it so the next page is fetched through the connector.',
    url: SOURCES.policyTemplates,
    rows: ['x-pageable-updatenextlink'],
  },
  fix: 'Add an updatenextlink policy for the operation with x-ms-apimTemplateParameter.nextLinkPropertyName set to the next-link property.',
  run(connector, report) {
    const swagger = connector.swagger;
    if (!swagger || !isObject(swagger.data)) return;
    const policies = policyInstancesOf(connector.apiProperties?.data).filter((ref) => ref.templateId === 'updatenextlink');
    for (const op of operationsOf(swagger.data)) {
      const pageable = op.operation['x-ms-pageable'];
      const nextLink = isObject(pageable) ? pageable.nextLinkName : undefined;
      if (typeof nextLink !== 'string' || nextLink.trim() === '') continue;
      const id = op.operation.operationId;
      const covering = policies.filter((ref) => {
        const names = policyOperations(ref);
        return names === undefined || (typeof id === 'string' && names.includes(id));
      });
      const name = typeof id === 'string' ? `"${id}"` : `${op.method.toUpperCase()} ${op.path}`;
      if (covering.length === 0) {
        report({ file: swagger.name, path: [...op.at, 'x-ms-pageable', 'nextLinkName'], message: `Operation ${name} pages with "${nextLink}", but no updatenextlink policy routes the next link through the connector.` });
        continue;
      }
      const properties = covering.map((ref) => templateParameter(ref, 'nextLinkPropertyName'));
      // The next link may be nested ("paging.next"): the policy then names the last segment.
      if (!properties.some((p) => typeof p === 'string' && (p === nextLink || nextLink.endsWith(`.${p}`)))) {
        const written = properties.filter((p) => typeof p === 'string').map((p) => `"${p}"`).join(', ');
        report({ file: swagger.name, path: [...op.at, 'x-ms-pageable', 'nextLinkName'], message: `Operation ${name} pages with "${nextLink}", but its updatenextlink policy rewrites ${written || 'no property'}.` });
      }
    }
  },
});
