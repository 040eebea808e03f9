import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-description-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.description is present and not empty.',
  criterion: {
    text: 'Every connector needs a description saying what the service is and what the connector offers.',
    url: SOURCES.submission,
    rows: ['def-description-required', 'sv-required-property-missing'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add info.description: 30 to 500 characters on what the service does and what users gain from the connector.',
  given: '$',
  then: {
    function: ruleFunction('descriptionRequired', (root: unknown) => {
      const info = isObject(root) ? root.info : undefined;
      // A missing info object is reported by swagger-title-required.
      if (!isObject(info)) return;
      const description = info.description;
      if (typeof description === 'string' && description.trim() !== '') return;
      const problem = description === undefined ? 'is missing' : typeof description === 'string' ? 'is empty' : 'is not a string';
      return [{ message: `info.description ${problem}.`, path: ['info', 'description'] }];
    }),
  },
});
