import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { checkShape } from '../functions/dynamic-shape';
import { ruleFunction } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-schema-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-schema has only operationId (required), parameters and value-path.',
  criterion: {
    text: 'x-ms-dynamic-schema takes the operationId that returns the schema, optional "parameters" (literals or {"parameter": name}) and an optional value-path string; the schema allows no other keys.',
    url: SOURCES.schemas,
    rows: ['def-dynamic-schema-shape'],
  },
  fix: 'Keep only "operationId", "parameters" and "value-path" in x-ms-dynamic-schema.',
  given: '$',
  then: {
    function: ruleFunction('dynamicSchemaShape', (swagger: unknown) =>
      checkShape(swagger, 'x-ms-dynamic-schema', {
        keys: ['operationId', 'parameters', 'value-path'],
        required: ['operationId'],
        strings: ['operationId', 'value-path'],
        parameters: 'v1',
      }),
    ),
  },
});
