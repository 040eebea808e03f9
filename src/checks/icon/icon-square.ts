import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { iconImage } from './lib/icon-image';

export default defineCheck({
  id: 'icon-square',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'icon.png is square: its width equals its height.',
  criterion: {
    text: 'The connector icon is a square image (aspect ratio 1:1).',
    url: SOURCES.policyErrors,
    rows: ['icon-square'],
  },
  validatorCodes: ['5000.2.1.4'],
  fix: 'Make the canvas square, e.g. 230 × 230 pixels, with the logo centred on the brand colour.',
  run(connector, report) {
    const header = iconImage(connector)?.header;
    if (!header || header.width === header.height) return;
    report({ file: connector.icon!.name, message: `icon.png is ${header.width} × ${header.height} pixels; it must be square.` });
  },
});
