import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const MAX_BYTES = 1024 * 1024;

export default defineCheck({
  id: 'swagger-file-size',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  description: 'apiDefinition.swagger.json is at most 1 MB (1,048,576 bytes).',
  criterion: {
    text: 'The connector definition must not exceed 1 MB; larger APIs are split into several connectors.',
    url: SOURCES.submission,
    rows: ['def-file-size-1mb'],
  },
  fix: 'Trim unused definitions and descriptions, or split the API into several connectors.',
  run(connector, report) {
    const swagger = connector.swagger;
    if (!swagger || swagger.size <= MAX_BYTES) return;
    report({ file: swagger.name, message: `${swagger.name} is ${swagger.size.toLocaleString('en-US')} bytes (${(swagger.size / MAX_BYTES).toFixed(2)} MB); at most 1 MB (1,048,576 bytes) is allowed.` });
  },
});
