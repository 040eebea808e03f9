import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const HEX = /^#[0-9A-Fa-f]{6}$/;

export default defineSpectralRule({
  id: 'props-brand-color-hex',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'iconBrandColor is a six-digit hex colour such as "#1f6f8b".',
  criterion: {
    text: 'The brand colour is given as "#" followed by six hexadecimal digits; names, short forms and rgb() values are invalid brand colours.',
    url: SOURCES.policyErrors,
    rows: ['props-brandcolor-hex'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Write iconBrandColor as "#" and six hex digits, e.g. "#1f6f8b".',
  given: '$',
  then: {
    function: ruleFunction('brandColorHex', (root: unknown) => {
      const color = propertiesOf(root)?.iconBrandColor;
      // Missing or empty values are props-brand-color-required's.
      if (color === undefined || color === null || (typeof color === 'string' && color.trim() === '')) return;
      if (typeof color === 'string' && HEX.test(color)) return;
      const hint = typeof color === 'string' && HEX.test(color.trim()) ? ' (remove the spaces)' : '';
      return [{ message: `iconBrandColor ${show(color)} is not a six-digit hex colour${hint}.`, path: ['properties', 'iconBrandColor'] }];
    }),
  },
});
