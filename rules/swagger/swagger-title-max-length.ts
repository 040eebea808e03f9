import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction } from '../functions/rule-function';

const MAX = 30;

export default defineSpectralRule({
  id: 'swagger-title-max-length',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `info.title has at most ${MAX} characters.`,
  criterion: {
    text: `The connector title must not be longer than ${MAX} characters.`,
    url: SOURCES.submission,
    rows: ['def-title-max-30', 'sv-field-length-exceeded'],
  },
  validatorCodes: ['FieldLengthExceeded', '5000.2.2.1'],
  fix: `Shorten info.title to ${MAX} characters or fewer, e.g. the product name alone.`,
  given: '$.info.title',
  then: {
    function: ruleFunction('titleMaxLength', (title: unknown) => {
      if (typeof title === 'string' && title.length > MAX) {
        return [{ message: `The title "${title}" has ${title.length} characters; at most ${MAX} are allowed.` }];
      }
    }),
  },
});
