import type { ConnectorContext } from '../../../engine/context';
import { backgroundOf, iconImage, sameColor, type Rgba } from './icon-image';

/** Share of the edge that must have one colour for it to count as the icon's background colour. */
const UNIFORM_SHARE = 0.5;

const BANNED: Array<{ color: number[]; name: string }> = [
  { color: [0xff, 0xff, 0xff], name: 'white' },
  { color: [0x00, 0x7e, 0xe5], name: 'the default custom-connector blue #007ee5' },
];

/**
 * The opaque, uniform background colour of icon.png, and which banned colour it is, if any. Undefined when the icon
 * has no such background (transparent or busy edges are other rules' findings).
 */
export function iconBackgroundColor(connector: ConnectorContext): { color: Rgba; banned?: string } | undefined {
  const image = iconImage(connector);
  const background = image && backgroundOf(image);
  if (!background || background.share < UNIFORM_SHARE || background.color[3] < 255) return undefined;
  const banned = BANNED.find((b) => sameColor(background.color, b.color))?.name;
  return { color: background.color, banned };
}
