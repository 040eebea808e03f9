import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { misspelledKeyFor, propertiesOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-publisher-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'apiProperties.json names the publisher: properties.publisher is a non-empty string.',
  criterion: {
    text: 'properties.publisher names who publishes the connector: the company for verified publishers, the person (or people) for independent publishers.',
    url: reviewThread(1558),
    rows: ['props-publisher-required'],
  },
  fix: 'Add "publisher" with your company name (verified) or your own name (independent publisher).',
  given: '$',
  then: {
    function: ruleFunction('publisherRequired', (root: unknown) => {
      const props = propertiesOf(root);
      // A misspelled key ("publisher") is reported by props-known-keys.
      if (!props || misspelledKeyFor(props, 'publisher')) return;
      const value = props.publisher;
      if (typeof value === 'string' && value.trim() !== '') return;
      const problem = value === undefined ? 'is missing' : typeof value === 'string' ? 'is empty' : `is ${show(value)}, not a name`;
      return [{ message: `publisher ${problem}.`, path: ['properties', 'publisher'] }];
    }),
  },
});
