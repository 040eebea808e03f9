import { defineSpectralRule } from '../../src/model/rule';
import { visibleParametersHave } from '../functions/visible-parameters-have';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-param-summary-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every visible non-body parameter has an x-ms-summary (its display name).',
  criterion: {
    text: 'Parameters users see need an x-ms-summary display name; internal parameters, parameters of internal operations and body parameters are exempt.',
    url: SOURCES.validator,
    rows: ['def-param-x-ms-summary-required'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add "x-ms-summary" with a short Title Case name, e.g. "Task ID".',
  given: '$',
  then: { function: visibleParametersHave, functionOptions: { field: 'x-ms-summary' } },
});
