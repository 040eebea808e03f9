import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { backgroundOf, iconImage, type Rgba } from './lib/icon-image';

/** Largest share of each side the logo may cover: about 160 px of a 230 px icon (70 %), with room for anti-aliasing. */
const MAX_SHARE = 0.75;
/** Pixels this close to the background colour count as background (soft shadows, anti-aliasing). */
const BACKGROUND_TOLERANCE = 24;

export default defineCheck({
  id: 'icon-logo-padding',
  severity: 'warning',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'The logo in icon.png leaves a margin: it covers at most about 70 % of the width and height.',
  criterion: {
    text: 'The logo sits inside the square with padding around it: about 160 px in a 230 px icon, i.e. at most about 70 % of each side.',
    url: SOURCES.submission,
    rows: ['icon-logo-padding'],
  },
  fix: 'Shrink the logo so that it covers about 70 % of the icon (160 px of 230 px), centred.',
  run(connector, report) {
    const image = iconImage(connector);
    const background = image && backgroundOf(image);
    if (!background) return;
    const { width, height, data } = image!.pixels!;
    let minX = width, minY = height, maxX = -1, maxY = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (isBackground(data, (y * width + x) * 4, background.color)) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    if (maxX < 0) return; // A blank icon has no logo to measure.
    const share = Math.max((maxX - minX + 1) / width, (maxY - minY + 1) / height);
    if (share <= MAX_SHARE) return;
    report({
      file: connector.icon!.name,
      message: `The logo in icon.png spans ${maxX - minX + 1} × ${maxY - minY + 1} of ${width} × ${height} pixels (${Math.round(share * 100)} % of a side); keep it within about 70 %.`,
    });
  },
});

function isBackground(data: Buffer, i: number, color: Rgba): boolean {
  // Fully transparent pixels look alike whatever colour values they carry.
  if (color[3] <= BACKGROUND_TOLERANCE && data[i + 3] <= BACKGROUND_TOLERANCE) return true;
  return (
    Math.abs(data[i] - color[0]) <= BACKGROUND_TOLERANCE &&
    Math.abs(data[i + 1] - color[1]) <= BACKGROUND_TOLERANCE &&
    Math.abs(data[i + 2] - color[2]) <= BACKGROUND_TOLERANCE &&
    Math.abs(data[i + 3] - color[3]) <= BACKGROUND_TOLERANCE
  );
}
