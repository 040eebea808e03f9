/**
 * Turns the bytes of a file that should be UTF-8 text into a string, and says what was wrong with the encoding.
 * Connector files in the wild come as UTF-8 with a BOM, UTF-16, Latin-1, or are not text at all.
 */
export interface DecodedText {
  text: string;
  hasBom: boolean;
  /** Set when the bytes are not clean UTF-8 text. */
  problem?: { message: string; line: number; column: number };
}

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Names the binary format of `bytes` when its signature is a well-known one. */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = sniffBinaryFormat(bytes);
  if (binary) {
    return { text: '', hasBom: false, problem: { message: `The file is ${binary}, not text.`, line: 1, column: 1 } };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return { text, hasBom: false, problem: { message: `The file is UTF-16 (${le ? 'little' : 'big'}-endian) text; it must be UTF-8.`, line: 1, column: 1 } };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const utf16 = utf16WithoutBom(body);
    const message = utf16
      ? 'The file looks like UTF-16 text without a byte order mark; it must be UTF-8.'
      : 'The file contains NUL bytes: it is binary, not text.';
    const text = utf16 ? new TextDecoder(utf16).decode(body) : '';
    return { text, hasBom, problem: { message, ...bytePosition(body, nul) } };
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    // Latin-1 is the usual culprit; decoding lossily keeps the rest of the file lintable.
    return {
      text: new TextDecoder('utf-8').decode(body),
      hasBom,
      problem: {
        message: `The file is not valid UTF-8 (byte 0x${body[bad].toString(16).padStart(2, '0')} at offset ${bad + (hasBom ? 3 : 0)}); it looks like Latin-1 or another legacy encoding.`,
        ...bytePosition(body, bad),
      },
    };
  }
  return { text: new TextDecoder('utf-8').decode(body), hasBom };
}

/**
 * 'utf-16le' or 'utf-16be' when the bytes look like mostly-ASCII UTF-16 without a byte order mark: one byte of each
 * pair is zero and the other is not. Anything else with NUL bytes is binary.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  if (pairs === 0) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const [even, odd] = [bytes[2 * i], bytes[2 * i + 1]];
    if (even !== 0 && odd === 0) le++;
    if (even === 0 && odd !== 0) be++;
  }
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in UTF-16 code units) of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: end - lineStart + 1 };
}

/** 1-based line and byte column of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}
