import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { backgroundOf, iconImage } from './lib/icon-image';

export default defineCheck({
  id: 'icon-opaque-background',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'icon.png has an opaque background reaching every edge: no transparency, no rounded corners.',
  criterion: {
    text: 'The icon background must be opaque and fill the whole square: transparent backgrounds and rounded corners are rejected.',
    url: SOURCES.submission,
    rows: ['icon-opaque-background'],
  },
  fix: 'Fill the whole canvas, corners included, with the brand colour and export without transparency.',
  run(connector, report) {
    const image = iconImage(connector);
    const background = image && backgroundOf(image);
    if (!background || background.translucent === 0) return;
    const corners = cornersTranslucent(image!.pixels!);
    const how = background.translucent === background.ring ? 'all' : `${background.translucent} of ${background.ring}`;
    report({
      file: connector.icon!.name,
      message: `icon.png is not opaque at its edges: ${how} edge pixels are transparent or translucent${corners > 0 ? ` (${corners} of 4 corners, as with rounded corners)` : ''}.`,
    });
  },
});

function cornersTranslucent(pixels: { width: number; height: number; data: Buffer }): number {
  const { width, height, data } = pixels;
  const corners = [0, width - 1, (height - 1) * width, height * width - 1];
  return corners.filter((p) => data[p * 4 + 3] < 255).length;
}
