import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** Every channel at or above this value reads as white on the white Power Platform surfaces. */
const NEAR_WHITE = 0xf0;

export default defineSpectralRule({
  id: 'props-brand-color-near-white',
  severity: 'warning',
  programs: VERIFIED_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'iconBrandColor is not an almost-white colour (every channel #f0 or above).',
  criterion: {
    text: 'Reviewers ask for a visible brand colour: an almost-white background disappears on white surfaces just like #ffffff.',
    url: reviewThread(2219),
    rows: ['props-brandcolor-not-banned'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Use a brand colour with enough contrast against white, and the same colour as the icon background.',
  given: '$',
  then: {
    function: ruleFunction('brandColorNearWhite', (root: unknown) => {
      const color = propertiesOf(root)?.iconBrandColor;
      if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return;
      const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      // Pure white is props-brand-color-not-banned's.
      if (channels.every((c) => c === 0xff) || !channels.every((c) => c >= NEAR_WHITE)) return;
      return [{ message: `iconBrandColor "${color}" is almost white; it will not stand out from white backgrounds.`, path: ['properties', 'iconBrandColor'] }];
    }),
  },
});
