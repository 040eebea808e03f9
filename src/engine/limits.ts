/** Bounds that keep one hostile file from exhausting time or memory. See docs/threat-model.md. */
export const LIMITS = {
  /** JSON files above this size are reported, not parsed. */
  maxJsonBytes: 16 * 1024 * 1024,
  /** JSON nested deeper than this is reported, not parsed (the parsers recurse). */
  maxJsonDepth: 512,
  /** Text files (readme, script) are read up to this size; the rest is ignored. */
  maxTextBytes: 8 * 1024 * 1024,
  /** icon.png above this size is not read. */
  maxImageBytes: 16 * 1024 * 1024,
};
