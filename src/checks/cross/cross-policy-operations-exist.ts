import { defineCheck } from '../../model/rule';
import { OPERATION_NAME_KEY, describePolicy, policyInstancesOf, policyOperations } from '../../../rules/lib/api-properties';
import { isObject } from '../../../rules/lib/json';
import { didYouMean, operationIdsOf } from '../../../rules/lib/operation-ids';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'cross-policy-operations-exist',
  severity: 'error',
  programs: BOTH,
  file: `${FILES.apiProperties}, ${FILES.swagger}`,
  description: 'Every operation a policy instance is limited to (x-ms-apimTemplate-operationName) is an operationId of apiDefinition.swagger.json.',
  criterion: {
    text: 'A policy applies to the operations named in x-ms-apimTemplate-operationName; a name missing from the swagger leaves the operation without its policy.',
    url: SOURCES.policyTemplates,
    rows: ['x-policy-operations-exist'],
  },
  fix: 'Correct the operation name to an operationId of the swagger, or remove it from the list.',
  run(connector, report) {
    const file = connector.apiProperties;
    if (!file) return;
    const policies = policyInstancesOf(file.data).filter((ref) => policyOperations(ref)?.some((v) => typeof v === 'string'));
    if (policies.length === 0) return;
    const swagger = connector.swagger?.data;
    if (!isObject(swagger)) {
      // One finding for the whole file: without a swagger none of the names can be checked.
      report({ file: file.name, path: ['properties', 'policyTemplateInstances'], message: `${policies.length} policy instance(s) name operations, but there is no readable ${FILES.swagger} that defines them.` });
      return;
    }
    const ids = operationIdsOf(swagger);
    for (const ref of policies) {
      policyOperations(ref)!.forEach((name, index) => {
        if (typeof name !== 'string' || ids.has(name)) return;
        report({
          file: file.name,
          path: [...ref.at, 'parameters', OPERATION_NAME_KEY, index],
          message: `${describePolicy(ref)} names the operation "${name}", which is not an operationId of ${FILES.swagger}${didYouMean(name, ids)}.`,
        });
      });
    }
  },
});
