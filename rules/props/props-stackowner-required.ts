import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { misspelledKeyFor, propertiesOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-stackowner-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'apiProperties.json names the owner of the service: properties.stackOwner is a non-empty string.',
  criterion: {
    text: 'properties.stackOwner names the company that owns the backend service; it is required for new connectors and the key is case-sensitive.',
    url: reviewThread(799),
    rows: ['props-stackowner-required'],
  },
  fix: 'Add "stackOwner" with the name of the company that owns the service the connector calls.',
  given: '$',
  then: {
    function: ruleFunction('stackOwnerRequired', (root: unknown) => {
      const props = propertiesOf(root);
      // A misspelled key ("stackowner") is reported by props-known-keys.
      if (!props || misspelledKeyFor(props, 'stackOwner')) return;
      const value = props.stackOwner;
      if (typeof value === 'string' && value.trim() !== '') return;
      const problem = value === undefined ? 'is missing' : typeof value === 'string' ? 'is empty' : `is ${show(value)}, not a name`;
      return [{ message: `stackOwner ${problem}.`, path: ['properties', 'stackOwner'] }];
    }),
  },
});
