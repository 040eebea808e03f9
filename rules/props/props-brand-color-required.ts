import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { misspelledKeyFor, propertiesOf } from '../lib/api-properties';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-brand-color-required',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'apiProperties.json sets properties.iconBrandColor.',
  criterion: {
    text: 'iconBrandColor is required: it is the background colour of the connector icon and must be the publisher\'s brand colour.',
    url: SOURCES.submission,
    rows: ['props-brandcolor-required'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Add "iconBrandColor": "#rrggbb" with the background colour of your icon.',
  given: '$',
  then: {
    function: ruleFunction('brandColorRequired', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props || misspelledKeyFor(props, 'iconBrandColor')) return;
      const color = props.iconBrandColor;
      if (color === undefined) return [{ message: 'iconBrandColor is missing.', path: ['properties', 'iconBrandColor'] }];
      if (color === null || (typeof color === 'string' && color.trim() === '')) return [{ message: 'iconBrandColor is empty.', path: ['properties', 'iconBrandColor'] }];
    }),
  },
});
