import { defineSpectralRule } from '../../src/model/rule';
import { visibleParametersHave } from '../functions/visible-parameters-have';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-param-description-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every visible non-body parameter has a description.',
  criterion: {
    text: 'Parameters users see need a description; internal parameters, parameters of internal operations and body parameters are exempt.',
    url: SOURCES.validator,
    rows: ['def-param-description-required'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add a one-sentence "description" saying what the parameter does, or mark it "x-ms-visibility": "internal" with a default.',
  given: '$',
  then: { function: visibleParametersHave, functionOptions: { field: 'description' } },
});
