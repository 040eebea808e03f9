import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isTemplateTitle } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const NAMES: Record<string, string> = { ' ': 'a space', '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return', '\u00a0': 'a no-break space' };

export default defineSpectralRule({
  id: 'swagger-title-ends-alphanumeric',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.title ends with a letter, a digit or a closing parenthesis.',
  criterion: {
    text: 'The connector title must not end with a non-alphanumeric character: no punctuation, space, carriage return or line feed.',
    url: SOURCES.submission,
    rows: ['def-title-ends-alphanumeric', 'sv-value-must-end-with-alphanumeric'],
  },
  validatorCodes: ['ValueMustEndWithAlphanumeric', '5000.2.2.3'],
  fix: 'Remove the trailing punctuation or whitespace from info.title.',
  given: '$.info.title',
  then: {
    function: ruleFunction('titleEndsAlphanumeric', (title: unknown) => {
      // An empty title is reported by swagger-title-required, the template's placeholder by swagger-title-not-template.
      if (typeof title !== 'string' || title.trim() === '' || isTemplateTitle(title)) return;
      const last = [...title].pop()!;
      // A closing parenthesis ends accepted qualifiers such as "Contoso (Europe)"; see the doc page.
      if (/[\p{L}\p{N})]/u.test(last)) return;
      return [{ message: `The title ${JSON.stringify(title)} ends with ${NAMES[last] ?? `"${last}"`}.` }];
    }),
  },
});
