import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';

const MAX_CHARS = 500_000;

export default defineCheck({
  id: 'swagger-solution-size',
  severity: 'warning',
  programs: VERIFIED_ONLY,
  file: FILES.swagger,
  description: 'The definition, minified, has at most 500,000 characters, so the connector fits in a Dataverse solution.',
  criterion: {
    text: 'A connector added to a solution stores its definition in a field limited to 500,000 characters; the Partner Center package route needs that solution.',
    url: 'https://github.com/microsoft/PowerPlatformConnectors/issues/3567',
    rows: ['def-solution-openapidefinition-500k'],
  },
  fix: 'Shorten the definition (unused definitions, long descriptions, repeated schemas) until it is under 500,000 characters minified.',
  run(connector, report) {
    const swagger = connector.swagger;
    // Minifying never lengthens a file, so only files over the limit on disk need the (costly) measure.
    if (!swagger || swagger.data === undefined || swagger.size <= MAX_CHARS) return;
    const length = JSON.stringify(swagger.data)?.length ?? 0;
    if (length <= MAX_CHARS) return;
    report({ file: swagger.name, message: `Minified, ${swagger.name} has ${length.toLocaleString('en-US')} characters; a solution holds at most ${MAX_CHARS.toLocaleString('en-US')}.` });
  },
});
