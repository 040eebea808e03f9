import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { KNOWN_PROPERTY_KEYS, intendedKey, propertiesOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-known-keys',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'Every key of "properties" in apiProperties.json is one the platform knows, spelled and cased exactly.',
  criterion: {
    text: 'The apiProperties validator rejects members it does not know (such as "website"), and keys are case-sensitive: "stackowner" is not "stackOwner".',
    url: reviewThread(754),
    rows: ['props-known-keys'],
  },
  fix: 'Rename the key to its exact documented spelling, or remove it.',
  given: '$',
  then: {
    function: ruleFunction('propsKnownKeys', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      return Object.keys(props)
        .filter((key) => !KNOWN_PROPERTY_KEYS.includes(key))
        .map((key) => {
          const meant = intendedKey(key);
          return {
            message: meant ? `"${key}" is not a known key of properties; it is written "${meant}".` : `"${key}" is not a known key of properties (known: ${KNOWN_PROPERTY_KEYS.join(', ')}).`,
            path: ['properties', key],
          };
        });
    }),
  },
});
