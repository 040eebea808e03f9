import { defineSpectralRule } from '../../src/model/rule';
import { isNonEmptyString, isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-title-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.title is present and not empty.',
  criterion: {
    text: 'Every connector needs a title: it is the connector name users see.',
    url: SOURCES.submission,
    rows: ['def-title-required'],
  },
  validatorCodes: ['RequiredPropertyMissing'],
  fix: 'Add info.title with the product or company name, e.g. "Contoso".',
  given: '$',
  then: {
    function: ruleFunction('titleRequired', (root: unknown) => {
      const info = isObject(root) ? root.info : undefined;
      if (!isObject(info)) return [{ message: 'The swagger has no info object, so the connector has no title.', path: ['info'] }];
      if (!isNonEmptyString(info.title)) return [{ message: 'info.title is missing or empty.', path: ['info', 'title'] }];
    }),
  },
});
