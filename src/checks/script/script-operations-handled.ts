import { defineCheck } from '../../model/rule';
import type { JsonPath } from '../../engine/context';
import { getPath } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { scriptOf } from './lib/script-source';

export default defineCheck({
  id: 'script-operations-handled',
  severity: 'warning',
  programs: BOTH,
  file: FILES.script,
  description: 'When script.csx branches on Context.OperationId, it names every operation apiProperties.json routes to it.',
  criterion: {
    text: 'apiProperties.json routes operations to the script (scriptOperations); a script that picks its behaviour by operation id should handle each routed operation.',
    url: SOURCES.customCode,
    rows: ['script-operations-handled'],
  },
  fix: 'Handle the operation in the script (e.g. a branch on this.Context.OperationId), or remove it from scriptOperations.',
  run(connector, report) {
    const script = scriptOf(connector);
    const props = connector.apiProperties?.data;
    if (!script || !/\bOperationId\b/.test(script.lexed.code)) return;
    const literals = new Set(script.lexed.strings.map((s) => s.value.trim().toLowerCase()));
    for (const { id, at } of routedOperations(props)) {
      if (literals.has(id.trim().toLowerCase())) continue;
      report({
        file: connector.apiProperties?.name ?? FILES.apiProperties,
        path: at,
        message: `The operation "${id}" is routed to the script, but script.csx never names it although it branches on Context.OperationId.`,
      });
    }
  },
});

/** Operation ids listed in scriptOperations, or in the older properties.script.operationIds form. */
function routedOperations(props: unknown): Array<{ id: string; at: JsonPath }> {
  for (const at of [['properties', 'scriptOperations'], ['properties', 'script', 'operationIds']]) {
    const list = getPath(props, at);
    if (!Array.isArray(list)) continue;
    return list.flatMap((id, index) => (typeof id === 'string' && id.trim() !== '' ? [{ id, at: [...at, index] }] : []));
  }
  return [];
}
