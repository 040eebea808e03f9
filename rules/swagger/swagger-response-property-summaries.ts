import { defineSpectralRule } from '../../src/model/rule';
import { schemaPropertiesHave } from '../functions/schema-properties-have';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-response-property-summaries',
  severity: 'info',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Visible properties of response and notification schemas have an x-ms-summary and a description.',
  criterion: {
    text: 'Outputs users pick in the designer need a short Title Case display name (x-ms-summary) and a sentence describing them; internal properties and outputs of internal operations are exempt.',
    url: SOURCES.strings,
    rows: ['def-response-property-summaries'],
  },
  fix: 'Give each response property an "x-ms-summary" display name and a one-sentence "description".',
  given: '$',
  then: { function: schemaPropertiesHave, functionOptions: { use: 'output' } },
});
