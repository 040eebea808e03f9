import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { checkShape } from '../functions/dynamic-shape';
import { ruleFunction } from '../functions/rule-function';

const SOURCES_OF_VALUES = ['operationId', 'builtInOperation', 'capability'];

export default defineSpectralRule({
  id: 'swagger-dynamic-values-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-values names exactly one source of values and writes its parameters and paths in the documented form.',
  criterion: {
    text: 'x-ms-dynamic-values takes its list from exactly one of an operationId, the built-in operation "AadGraph.GetUsers" or the "file-picker" capability; "parameters" maps target inputs to literals or {"parameter": name}; value-collection, value-title and value-path are path strings.',
    url: SOURCES.extensions,
    rows: ['def-dynamic-values-shape', 'sv-one-of-properties-required'],
  },
  validatorCodes: ['OneOfPropertiesRequired'],
  fix: 'Give x-ms-dynamic-values one "operationId" (or builtInOperation / capability), "parameters" with literals or {"parameter": "<input>"}, and string value paths.',
  given: '$',
  then: {
    function: ruleFunction('dynamicValuesShape', (swagger: unknown) =>
      checkShape(
        swagger,
        'x-ms-dynamic-values',
        { keys: [...SOURCES_OF_VALUES, 'parameters', 'value-collection', 'value-title', 'value-path'], strings: ['operationId', 'value-collection', 'value-title', 'value-path'], parameters: 'v1' },
        (ext, at, results) => {
          const given = SOURCES_OF_VALUES.filter((k) => ext[k] !== undefined);
          if (given.length === 0) results.push({ message: 'x-ms-dynamic-values has no "operationId" (nor builtInOperation or capability).', path: [...at, 'operationId'] });
          if (given.length > 1) results.push({ message: `x-ms-dynamic-values has ${given.map((k) => `"${k}"`).join(' and ')}; exactly one source of values is allowed.`, path: [...at, given[1]] });
          if (ext.builtInOperation !== undefined && ext.builtInOperation !== 'AadGraph.GetUsers') {
            results.push({ message: `x-ms-dynamic-values.builtInOperation is ${JSON.stringify(ext.builtInOperation)}; the only built-in operation is "AadGraph.GetUsers".`, path: [...at, 'builtInOperation'] });
          }
          if (ext.capability !== undefined && ext.capability !== 'file-picker') {
            results.push({ message: `x-ms-dynamic-values.capability is ${JSON.stringify(ext.capability)}; the only capability is "file-picker".`, path: [...at, 'capability'] });
          }
        },
      ),
    ),
  },
});
