import { defineCheck } from '../../model/rule';
import { propertiesOf } from '../../../rules/lib/api-properties';
import { isObject } from '../../../rules/lib/json';
import { didYouMean, operationIdsOf } from '../../../rules/lib/operation-ids';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'cross-script-operations-exist',
  severity: 'error',
  programs: BOTH,
  file: `${FILES.apiProperties}, ${FILES.swagger}`,
  description: 'Every operationId listed in scriptOperations (or script.operationIds) is an operation of apiDefinition.swagger.json.',
  criterion: {
    text: 'The operations routed to custom code are named by operationId; a name that is not in the swagger routes nothing, usually after a rename.',
    url: SOURCES.paconn,
    rows: ['x-script-operations-exist'],
  },
  fix: 'Correct the operationId in scriptOperations to match the swagger, or remove it.',
  run(connector, report) {
    const file = connector.apiProperties;
    const props = propertiesOf(file?.data);
    if (!file || !props) return;
    const lists: Array<{ name: string; value: unknown; at: Array<string | number> }> = [
      { name: 'scriptOperations', value: props.scriptOperations, at: ['properties', 'scriptOperations'] },
      { name: 'script.operationIds', value: isObject(props.script) ? props.script.operationIds : undefined, at: ['properties', 'script', 'operationIds'] },
    ];
    const swagger = connector.swagger?.data;
    for (const list of lists) {
      if (!Array.isArray(list.value)) continue;
      const names = list.value.map((v, i) => ({ v, i })).filter((e): e is { v: string; i: number } => typeof e.v === 'string');
      if (names.length === 0) continue;
      if (!isObject(swagger)) {
        // One finding, not one per name: without a swagger none of them can be checked.
        report({ file: file.name, path: list.at, message: `${list.name} names ${names.length} operation(s), but there is no readable ${FILES.swagger} that defines them.` });
        return;
      }
      const ids = operationIdsOf(swagger);
      for (const { v, i } of names) {
        if (!ids.has(v)) report({ file: file.name, path: [...list.at, i], message: `${list.name} names "${v}", which is not an operationId of ${FILES.swagger}${didYouMean(v, ids)}.` });
      }
    }
  },
});
