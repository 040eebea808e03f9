import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf, visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

/** Compared without case, surrounding white space, repeated spaces or final punctuation. */
function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?:]+$/, '').trim();
}

/** Whether a description (when both are strings) says the same as its name once normalized; an empty name says nothing. */
function repeats(name: unknown, description: unknown): boolean {
  return typeof name === 'string' && typeof description === 'string' && sameNormalized(name, description);
}

/** normalize(name) === normalize(description) for a non-empty normalized name. */
function slowSameNormalized(name: string, description: string): boolean {
  const normalized = normalize(name);
  return normalized !== '' && normalized === normalize(description);
}

/**
 * What slowSameNormalized gives, faster. Most pairs differ within a few characters: walk both texts as normalize would
 * read them and stop at the first difference, without building strings. Only ASCII is read this way (its case and white
 * space are simple); any other character on the way hands the pair to slowSameNormalized.
 */
function sameNormalized(name: string, description: string): boolean {
  // Nearly all pairs differ at their first visible character: tell those apart before reading the ends of the texts.
  // Both characters must be ASCII: other characters may be white space to trim, or lower-case to ASCII ("K" Kelvin).
  // A first character that normalize drops (the text is all final punctuation) leaves it empty: a pair of it is not
  // the same either way.
  const first = skipSpace(name, 0, name.length);
  const firstOfDescription = skipSpace(description, 0, description.length);
  if (first < name.length && firstOfDescription < description.length) {
    const a = name.charCodeAt(first);
    const b = description.charCodeAt(firstOfDescription);
    if (a < 128 && b < 128 && lowerAscii(a) !== lowerAscii(b)) return false;
  }
  const nameEnd = normalizedEnd(name);
  const descriptionEnd = normalizedEnd(description);
  if (nameEnd < 0 || descriptionEnd < 0) return slowSameNormalized(name, description);
  let i = skipSpace(name, 0, nameEnd);
  let j = skipSpace(description, 0, descriptionEnd);
  if (i >= nameEnd) return false;
  while (i < nameEnd && j < descriptionEnd) {
    let a = name.charCodeAt(i);
    let b = description.charCodeAt(j);
    if (a >= 128 || b >= 128) return slowSameNormalized(name, description);
    // A run of white space reads as one space (the run never reaches the end, which is not white space).
    if (isSpace(a)) {
      i = skipSpace(name, i, nameEnd);
      if (name.charCodeAt(i) >= 128) return slowSameNormalized(name, description);
      a = 32;
    } else i++;
    if (isSpace(b)) {
      j = skipSpace(description, j, descriptionEnd);
      if (description.charCodeAt(j) >= 128) return slowSameNormalized(name, description);
      b = 32;
    } else j++;
    if (a >= 65 && a <= 90) a += 32;
    if (b >= 65 && b <= 90) b += 32;
    if (a !== b) return false;
  }
  // Whatever is left of either text would add at least one character (its last character is not white space).
  return i >= nameEnd && j >= descriptionEnd;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** ASCII white space, as \s and trim() see it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The characters normalize drops from the end: . ! ? : */
function isFinalPunctuation(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58;
}

function skipSpace(text: string, from: number, end: number): number {
  while (from < end && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/**
 * Where normalize's result ends in `text`: before trailing white space, then final punctuation, then white space again;
 * -1 when a non-ASCII character is met there (it might be white space that trim() removes).
 */
function normalizedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  while (end > 0 && isFinalPunctuation(text.charCodeAt(end - 1))) end--;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) >= 128 ? -1 : end;
}

export default defineSpectralRule({
  id: 'swagger-description-differs-from-name',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The description of a visible operation or parameter says more than its summary or x-ms-summary.',
  criterion: {
    text: 'A description must add information to the name it explains: an operation description that repeats the summary, or a parameter description that repeats its x-ms-summary, tells the user nothing. Internal operations and parameters are exempt.',
    url: reviewThread(1425),
    rows: ['def-op-description-differs-summary'],
  },
  fix: 'Rewrite the description as a sentence that explains what the name does not, e.g. what is returned or which values are accepted.',
  given: '$',
  then: {
    function: ruleFunction('descriptionDiffersFromName', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // The message is built only for a match: most operations and parameters have none.
      for (const op of visibleOperationsOf(swagger)) {
        const { summary, description } = op.operation;
        if (repeats(summary, description)) {
          results.push({ message: `The description of ${describeOperation(op)} repeats its summary ${show(summary)}.`, path: [...op.at, 'description'] });
        }
      }
      for (const p of visibleParametersOf(swagger)) {
        const name = p.parameter['x-ms-summary'];
        if (repeats(name, p.parameter.description)) {
          results.push({ message: `The description of ${p.label} repeats its x-ms-summary ${show(name)}.`, path: [...p.at, 'description'] });
        }
      }
      return results;
    }),
  },
});
