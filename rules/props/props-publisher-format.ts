import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Characters of organisation and person names: letters (any script), digits, spaces and . , & ' ’ - ( ) / +. */
const NAME = /^[\p{L}\p{M}\p{N} .,&'’()/+-]+$/u;
/** Leftovers of the templates and examples. */
const TEMPLATE_TEXT = /publisher'?s? name|your (company|name|organi[sz]ation)|company name|stack ?owner|owner name|^(todo|tbd|n\/?a|none|test|sample|example|lorem.*)$/i;

export default defineSpectralRule({
  id: 'props-publisher-format',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'publisher and stackOwner are plain names of an organisation or person, not template text, URLs or e-mail addresses.',
  criterion: {
    text: 'publisher and stackOwner are shown to users as names: they hold plain organisation or person names, not placeholders left from the templates.',
    url: SOURCES.submission,
    rows: ['props-publisher-format'],
  },
  fix: 'Write the plain name of the company or person, e.g. "Contoso Ltd".',
  given: '$',
  then: {
    function: ruleFunction('publisherFormat', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      const results: RuleResult[] = [];
      for (const key of ['publisher', 'stackOwner']) {
        const value = props[key];
        if (typeof value !== 'string' || value.trim() === '') continue;
        const name = value.trim();
        if (TEMPLATE_TEXT.test(name)) results.push({ message: `${key} "${value}" looks like template text, not a name.`, path: ['properties', key] });
        else if (!NAME.test(name)) {
          const odd = [...new Set([...name].filter((c) => !NAME.test(c)))].map((c) => JSON.stringify(c)).join(' ');
          results.push({ message: `${key} "${value}" contains ${odd}, which do not belong in a name.`, path: ['properties', key] });
        }
      }
      return results;
    }),
  },
});
