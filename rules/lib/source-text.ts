/**
 * The JSON text each parsed document came from, registered by the loader (src/engine/load-connector.ts), so that a rule
 * can rule a whole document out with one native scan of its text instead of a look at every value.
 */
const texts = new WeakMap<object, string>();

export function registerSourceText(data: unknown, text: string): void {
  if (data !== null && typeof data === 'object') texts.set(data, text);
}

/** Two characters outside ASCII in a row. */
const NON_ASCII_PAIR = /[^\x00-\x7f]{2}/;

/**
 * False when no string of the document can hold two characters outside ASCII in a row (as a run of non-Latin letters
 * needs): its text has no such pair and no "\u" escape. True when it may, or when the text is unknown (e.g. a document
 * built in a test). Buffer.byteLength counts UTF-8 bytes natively and equals the length only for all-ASCII text, so
 * the regex scans only the few texts that have a character outside ASCII at all.
 */
export function mayHoldNonAsciiPair(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  const text = texts.get(data);
  if (text === undefined) return true;
  return text.includes('\\u') || (Buffer.byteLength(text) !== text.length && NON_ASCII_PAIR.test(text));
}
