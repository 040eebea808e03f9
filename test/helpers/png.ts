import { PNG } from 'pngjs';

export interface PngSpec {
  width: number;
  height: number;
  /** Background colour "#rrggbb". */
  background: string;
  /** Alpha of the background, 0-255 (default opaque). */
  alpha?: number;
  /** A centred square "logo" of this colour covering `logoShare` of each side. */
  logo?: { color: string; share: number };
}

/** Encodes a small synthetic PNG for icon tests. */
export function makePng(spec: PngSpec): Buffer {
  const png = new PNG({ width: spec.width, height: spec.height });
  const bg = rgb(spec.background);
  const logo = spec.logo ? rgb(spec.logo.color) : undefined;
  const margin = spec.logo ? Math.round((spec.width * (1 - spec.logo.share)) / 2) : 0;
  for (let y = 0; y < spec.height; y++) {
    for (let x = 0; x < spec.width; x++) {
      const i = (y * spec.width + x) * 4;
      const inLogo = logo && x >= margin && x < spec.width - margin && y >= margin && y < spec.height - margin;
      const [r, g, b] = inLogo ? logo : bg;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = inLogo ? 255 : spec.alpha ?? 255;
    }
  }
  return PNG.sync.write(png);
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
