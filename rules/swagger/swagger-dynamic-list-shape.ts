import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { checkShape } from '../functions/dynamic-shape';
import { ruleFunction } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-list-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-list has an operationId, parameters written as {value} or {parameterReference}, and string item paths.',
  criterion: {
    text: 'x-ms-dynamic-list needs the operationId to call; each "parameters" entry is exactly one of {"value": literal} or {"parameterReference": "<input path>"}; itemsPath, itemTitlePath and itemValuePath are path strings.',
    url: SOURCES.extensions,
    rows: ['def-dynamic-list-shape'],
  },
  fix: 'Give x-ms-dynamic-list an "operationId", "parameters" entries of the form {"value": ...} or {"parameterReference": "..."}, and string item paths.',
  given: '$',
  then: {
    function: ruleFunction('dynamicListShape', (swagger: unknown) =>
      checkShape(swagger, 'x-ms-dynamic-list', {
        keys: ['operationId', 'parameters', 'itemsPath', 'itemTitlePath', 'itemValuePath'],
        required: ['operationId'],
        strings: ['operationId', 'itemsPath', 'itemTitlePath', 'itemValuePath'],
        parameters: 'v2',
      }),
    ),
  },
});
