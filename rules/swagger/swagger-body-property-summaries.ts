import { defineSpectralRule } from '../../src/model/rule';
import { schemaPropertiesHave } from '../functions/schema-properties-have';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-body-property-summaries',
  severity: 'info',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Visible properties of request body schemas have an x-ms-summary and a description.',
  criterion: {
    text: 'Body properties are shown as inputs, so each visible one needs an x-ms-summary display name and a description; internal properties, internal body parameters and bodies of internal operations are exempt.',
    url: SOURCES.strings,
    rows: ['def-body-schema-summaries'],
  },
  fix: 'Give each visible body property an "x-ms-summary" display name and a one-sentence "description", or mark it internal.',
  given: '$',
  then: { function: schemaPropertiesHave, functionOptions: { use: 'input' } },
});
