import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { iconBackgroundColor } from './lib/background-color';
import { COLOR_TOLERANCE, hex, parseHexColor, sameColor } from './lib/icon-image';

export default defineCheck({
  id: 'icon-background-matches-brand',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'The background colour of icon.png is the iconBrandColor of apiProperties.json.',
  criterion: {
    text: 'The icon background and the declared brand colour (iconBrandColor) must be the same colour.',
    url: SOURCES.submission,
    rows: ['icon-background-matches-brand'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Set iconBrandColor to the icon background colour, or repaint the icon background with iconBrandColor.',
  run(connector, report) {
    const background = iconBackgroundColor(connector);
    // A white or default-blue background is reported by icon-background-not-white-or-default alone.
    if (!background || background.banned) return;
    const props = connector.apiProperties?.data as { properties?: { iconBrandColor?: unknown } } | undefined;
    const declared = props?.properties?.iconBrandColor;
    const brand = parseHexColor(declared);
    if (!brand || sameColor(background.color, brand)) return;
    report({
      file: connector.icon!.name,
      message: `The background of icon.png is ${hex(background.color)}, but iconBrandColor is "${String(declared).trim()}" (they differ by more than ${COLOR_TOLERANCE} in a colour channel).`,
    });
  },
});
