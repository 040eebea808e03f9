/**
 * The JSON text each parsed document came from, registered by the loader (src/engine/load-connector.ts), so that a rule
 * can rule a whole document out with one native scan of its text instead of a look at every value.
 */
const texts = new WeakMap<object, string>();
const nonAscii = new WeakMap<object, boolean>();

export function registerSourceText(data: unknown, text: string): void {
  if (data !== null && typeof data === 'object') texts.set(data, text);
}

/**
 * False when no string of the document can hold a character outside ASCII: its text has none, written or escaped
 * ("\u00e9"). True when it may (or when the text is unknown, e.g. a document built in a test).
 */
export function mayHoldNonAscii(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  let known = nonAscii.get(data);
  if (known === undefined) {
    const text = texts.get(data);
    known = text === undefined || /[^\x00-\x7f]|\\u/.test(text);
    nonAscii.set(data, known);
  }
  return known;
}
