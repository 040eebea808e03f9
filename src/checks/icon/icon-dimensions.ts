import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { iconImage } from './lib/icon-image';

const MIN = 100;
const MAX = 230;

export default defineCheck({
  id: 'icon-dimensions',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: `icon.png is between ${MIN} and ${MAX} pixels wide and high.`,
  criterion: {
    text: `The connector icon is between ${MIN} and ${MAX} pixels on each side; ${MAX} × ${MAX} is the size Microsoft's guidance and reviewers ask for.`,
    url: SOURCES.policyErrors,
    rows: ['icon-dimensions'],
  },
  validatorCodes: ['5000.2.1.4'],
  fix: `Export the icon at ${MAX} × ${MAX} pixels.`,
  run(connector, report) {
    const header = iconImage(connector)?.header;
    if (!header) return;
    const outside = [header.width, header.height].filter((side) => side < MIN || side > MAX);
    if (outside.length === 0) return;
    report({
      file: connector.icon!.name,
      message: `icon.png is ${header.width} × ${header.height} pixels; each side must be between ${MIN} and ${MAX} pixels (${MAX} × ${MAX} is recommended).`,
    });
  },
});
