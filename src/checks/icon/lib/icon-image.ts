import { imageSize } from 'image-size';
import { PNG } from 'pngjs';
import type { BinaryFile, ConnectorContext } from '../../../engine/context';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Icons with more pixels than this are not decoded (the header alone is enough to reject them). */
export const MAX_DECODED_PIXELS = 2048 * 2048;

/** Two colours are "the same" when no channel differs by more than this (compression and colour profiles shift a little). */
export const COLOR_TOLERANCE = 8;

export type Rgba = [number, number, number, number];

export interface IconImage {
  file: BinaryFile;
  /** Format and size read from the header only; undefined when the header is not an image format we know. */
  header?: { type: string; width: number; height: number };
  isPng: boolean;
  /** Decoded RGBA pixels (PNG only, within MAX_DECODED_PIXELS). */
  pixels?: { width: number; height: number; data: Buffer };
  /** Why the PNG could not be decoded. */
  decodeError?: string;
}

const cache = new WeakMap<BinaryFile, IconImage>();

/** The connector's icon.png, read and decoded once for all icon rules; undefined when absent or unreadable. */
export function iconImage(connector: ConnectorContext): IconImage | undefined {
  const file = connector.icon;
  if (!file || file.unreadable) return undefined;
  let image = cache.get(file);
  if (!image) cache.set(file, (image = readIcon(file)));
  return image;
}

function readIcon(file: BinaryFile): IconImage {
  const image: IconImage = { file, isPng: file.bytes.subarray(0, 8).equals(PNG_SIGNATURE) };
  try {
    const size = imageSize(file.bytes);
    if (size.width !== undefined && size.height !== undefined) image.header = { type: size.type ?? 'unknown', width: size.width, height: size.height };
  } catch {
    // Not an image format image-size knows: icon-png reports it.
  }
  if (!image.isPng || !image.header) return image;
  // Check the header before decoding: a small file may claim a huge canvas.
  if (image.header.width * image.header.height > MAX_DECODED_PIXELS) return image;
  try {
    const png = PNG.sync.read(file.bytes);
    image.pixels = { width: png.width, height: png.height, data: png.data };
  } catch (error) {
    image.decodeError = (error as Error).message ?? String(error);
  }
  return image;
}

export interface Background {
  /** The most frequent colour of the outermost ring of pixels. */
  color: Rgba;
  /** Share of ring pixels within COLOR_TOLERANCE of that colour. */
  share: number;
  /** Ring pixels that are not fully opaque. */
  translucent: number;
  ring: number;
}

const backgrounds = new WeakMap<IconImage, Background>();

/** The icon's background, judged from its outermost ring of pixels. */
export function backgroundOf(image: IconImage): Background | undefined {
  const pixels = image.pixels;
  if (!pixels || pixels.width === 0 || pixels.height === 0) return undefined;
  let background = backgrounds.get(image);
  if (background) return background;
  const ring = ringOffsets(pixels.width, pixels.height);
  const counts = new Map<number, number>();
  let translucent = 0;
  for (const i of ring) {
    if (pixels.data[i + 3] < 255) translucent++;
    const key = pixels.data.readUInt32BE(i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let mode = 0;
  let best = -1;
  for (const [key, count] of counts) if (count > best) [mode, best] = [key, count];
  const color: Rgba = [(mode >>> 24) & 255, (mode >>> 16) & 255, (mode >>> 8) & 255, mode & 255];
  const near = ring.filter((i) => sameColor(rgbaAt(pixels.data, i), color)).length;
  background = { color, share: near / ring.length, translucent, ring: ring.length };
  backgrounds.set(image, background);
  return background;
}

/** Byte offsets of the outermost ring of pixels, each once. */
function ringOffsets(width: number, height: number): number[] {
  const offsets = new Set<number>();
  for (let x = 0; x < width; x++) {
    offsets.add(x * 4);
    offsets.add(((height - 1) * width + x) * 4);
  }
  for (let y = 0; y < height; y++) {
    offsets.add(y * width * 4);
    offsets.add((y * width + width - 1) * 4);
  }
  return [...offsets];
}

export function rgbaAt(data: Buffer, offset: number): Rgba {
  return [data[offset], data[offset + 1], data[offset + 2], data[offset + 3]];
}

export function sameColor(a: Rgba | number[], b: Rgba | number[], tolerance = COLOR_TOLERANCE): boolean {
  return a.every((v, i) => b[i] === undefined || Math.abs(v - b[i]) <= tolerance);
}

/** "#rrggbb" → [r, g, b], or undefined for anything else. */
export function parseHexColor(value: unknown): [number, number, number] | undefined {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value.trim())) return undefined;
  const n = parseInt(value.trim().slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function hex(color: Rgba | number[]): string {
  return '#' + color.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** Whether the folder holds an icon image under another name or format than icon.png (icon.jpg, Icon.svg…). */
export function otherIconFiles(connector: ConnectorContext): string[] {
  return connector.entries
    .filter((e) => !e.name.includes('/') && e.kind !== 'directory' && /^icon\.(png|jpe?g|gif|svg|bmp|ico|webp)$/i.test(e.name))
    .map((e) => e.name)
    .filter((name) => name !== connector.icon?.name);
}
