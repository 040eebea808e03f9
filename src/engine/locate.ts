import type { JsonPath, SpectralDocument } from './context';

type Range = NonNullable<ReturnType<SpectralDocument['getRangeForJsonPath']>>;

/**
 * The range of `path` in the document, or of its nearest existing ancestor. Spectral's lookup throws on some shapes
 * of broken JSON (a path through a recovered node); then we fall back to shorter paths rather than lose the finding.
 */
export function locate(document: SpectralDocument | undefined, path: JsonPath): Range | undefined {
  if (!document) return undefined;
  for (let length = path.length; length >= 0; length--) {
    try {
      const range = document.getRangeForJsonPath(length === path.length ? path : path.slice(0, length), true);
      if (range) return range;
    } catch {
      // try the parent
    }
  }
  return undefined;
}
