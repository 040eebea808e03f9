import { defineCheck } from '../../model/rule';
import { connectionParameterEntries, describePolicy, policyInstancesOf, stringsIn } from '../../../rules/lib/api-properties';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

/** @connectionParameters('name') or @connectionParameters('name', 'default'), with either quote. */
const REFERENCE = /@connectionParameters\(\s*(['"])(.*?)\1/g;

export default defineCheck({
  id: 'cross-policy-connection-params-exist',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  description: 'Every @connectionParameters(\'name\') used in a policy names a connection parameter (or a parameter of a connection parameter set).',
  criterion: {
    text: 'Policy values read connection settings with @connectionParameters(\'name\'); the name must be a defined connection parameter, or the policy gets nothing at run time.',
    url: SOURCES.policyTemplates,
    rows: ['x-policy-connection-params-exist'],
  },
  fix: 'Use the exact key of a connection parameter in @connectionParameters(...), or add that parameter.',
  run(connector, report) {
    const file = connector.apiProperties;
    if (!file) return;
    const known = new Set(connectionParameterEntries(file.data).map((e) => e.name));
    for (const ref of policyInstancesOf(file.data)) {
      for (const { text, at } of stringsIn(ref.instance.parameters, [...ref.at, 'parameters'])) {
        for (const match of text.matchAll(REFERENCE)) {
          const name = match[2];
          if (known.has(name)) continue;
          const meant = [...known].find((k) => k.toLowerCase() === name.toLowerCase());
          const hint = meant ? ` (did you mean "${meant}"?)` : known.size > 0 ? ` (defined: ${[...known].join(', ')})` : ' (none are defined)';
          report({ file: file.name, path: at, message: `${describePolicy(ref)} reads @connectionParameters('${name}'), which is not a connection parameter${hint}.` });
        }
      }
    }
  },
});
