import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { checkShape } from '../functions/dynamic-shape';
import { ruleFunction } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-properties-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-properties has only operationId (required), parameters as {value} or {parameterReference}, and itemValuePath.',
  criterion: {
    text: 'x-ms-dynamic-properties takes the operationId that returns the schema, "parameters" entries of exactly one of {"value"} or {"parameterReference"}, and an optional itemValuePath string; nothing else.',
    url: SOURCES.schemas,
    rows: ['def-dynamic-properties-shape'],
  },
  fix: 'Keep only "operationId", "parameters" ({"value"} or {"parameterReference"} entries) and "itemValuePath" in x-ms-dynamic-properties.',
  given: '$',
  then: {
    function: ruleFunction('dynamicPropertiesShape', (swagger: unknown) =>
      checkShape(swagger, 'x-ms-dynamic-properties', {
        keys: ['operationId', 'parameters', 'itemValuePath'],
        required: ['operationId'],
        strings: ['operationId', 'itemValuePath'],
        parameters: 'v2',
      }),
    ),
  },
});
