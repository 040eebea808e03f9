import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const BANNED: Record<string, string> = { '#007ee5': 'the default blue of custom connectors', '#ffffff': 'white' };

export default defineSpectralRule({
  id: 'props-brand-color-not-banned',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'iconBrandColor is neither white (#ffffff) nor the default custom-connector blue (#007ee5).',
  criterion: {
    text: 'A verified connector shows its own brand colour: white and the default blue #007ee5 are rejected.',
    url: SOURCES.submission,
    rows: ['props-brandcolor-not-banned'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Set iconBrandColor to the real background colour of your icon.',
  given: '$',
  then: {
    function: ruleFunction('brandColorNotBanned', (root: unknown) => {
      const color = propertiesOf(root)?.iconBrandColor;
      if (typeof color !== 'string') return;
      const meaning = BANNED[color.trim().toLowerCase()];
      if (meaning) return [{ message: `iconBrandColor "${color}" is ${meaning}, which is not accepted as a brand colour.`, path: ['properties', 'iconBrandColor'] }];
    }),
  },
});
