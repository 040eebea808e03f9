import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const MIN = 30;
const MAX = 500;

export default defineSpectralRule({
  id: 'swagger-description-length',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `info.description has between ${MIN} and ${MAX} characters.`,
  criterion: {
    text: `The connector description must be ${MIN} to ${MAX} characters long.`,
    url: SOURCES.submission,
    rows: ['def-description-length', 'sv-field-length-not-in-range'],
  },
  validatorCodes: ['FieldLengthNotInRange', '5000.2.3.4'],
  fix: `Rewrite info.description to ${MIN}–${MAX} characters: what the service is and what the connector lets users do.`,
  given: '$.info.description',
  then: {
    function: ruleFunction('descriptionLength', (description: unknown) => {
      // A missing or blank description is reported by swagger-description-required.
      if (typeof description !== 'string' || description.trim() === '') return;
      const length = description.length;
      if (length >= MIN && length <= MAX) return;
      return [{ message: `The description has ${length} characters; it must have between ${MIN} and ${MAX}.` }];
    }),
  },
});
