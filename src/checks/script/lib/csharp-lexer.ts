import type { TextFile } from '../../../engine/context';
import { positionsIn } from '../../lib/text-positions';

/** A string literal of the script: its text (holes of interpolated strings left out) and where it starts. */
export interface StringLiteral {
  value: string;
  /** Offset of the literal's first character (its `@`, `$` or opening quote). */
  start: number;
  /** Offset just after its closing quote. */
  end: number;
}

/** The script with comments and string contents blanked, so that patterns only ever match real code. */
export interface LexedScript {
  /** Same length and line breaks as the source; comments and literal contents are spaces, delimiters are kept. */
  code: string;
  strings: StringLiteral[];
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
}

/** Interpolated strings nested deeper than this are read as plain text (real code nests two or three levels). */
const MAX_NESTING = 32;

const cache = new WeakMap<TextFile, LexedScript>();

/** Lexes script.csx once per file, shared by every script rule. */
export function lexScript(file: TextFile): LexedScript {
  let lexed = cache.get(file);
  if (!lexed) cache.set(file, (lexed = lexCSharp(file.text)));
  return lexed;
}

/**
 * A small C# lexer: enough to tell code from comments, regular, verbatim (@"…"), interpolated ($"…", with code in
 * the holes), raw ("""…""") and character literals. It never throws; unterminated constructs end at the end of input.
 */
export function lexCSharp(source: string): LexedScript {
  const out = source.split('');
  const strings: StringLiteral[] = [];
  const n = source.length;

  /** Replaces [from, to) with spaces, keeping line breaks. */
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };

  /** Lexes code from `i` until an unmatched `}` when `inHole` (returns its offset) or the end of input. */
  const code = (start: number, inHole: boolean, nesting: number): number => {
    let i = start;
    let depth = 0;
    while (i < n) {
      const c = source[i];
      const next = source[i + 1];
      if (c === '/' && next === '/') {
        const end = source.indexOf('\n', i);
        const stop = end < 0 ? n : end;
        blank(i, stop);
        i = stop;
      } else if (c === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        const stop = end < 0 ? n : end + 2;
        blank(i, stop);
        i = stop;
      } else if (c === '\'') {
        i = charLiteral(i);
      } else if (c === '"' || ((c === '@' || c === '$') && isStringStart(i))) {
        i = stringLiteral(i, nesting);
      } else if (c === '{') {
        depth++;
        i++;
      } else if (c === '}') {
        if (inHole && depth === 0) return i;
        depth--;
        i++;
      } else {
        i++;
      }
    }
    return n;
  };

  /** True when `@`/`$` at `i` open a string (@", $", $@", $$"""), not a verbatim identifier like @class. */
  const isStringStart = (i: number): boolean => {
    let k = i;
    while (k < n && k - i < 4 && (source[k] === '@' || source[k] === '$')) k++;
    return source[k] === '"';
  };

  const charLiteral = (start: number): number => {
    let i = start + 1;
    while (i < n && source[i] !== '\'' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    const stop = Math.min(n, i + 1);
    blank(start + 1, stop - 1);
    return stop;
  };

  const stringLiteral = (start: number, nesting: number): number => {
    let i = start;
    let verbatim = false;
    let dollars = 0;
    while (source[i] === '@' || source[i] === '$') {
      if (source[i] === '@') verbatim = true;
      else dollars++;
      i++;
    }
    // Raw string literal: three or more quotes, closed by the same number of quotes.
    let quotes = 0;
    while (source[i + quotes] === '"') quotes++;
    if (quotes >= 3) {
      const fence = '"'.repeat(quotes);
      const end = source.indexOf(fence, i + quotes);
      const stop = end < 0 ? n : end + quotes;
      strings.push({ value: source.slice(i + quotes, end < 0 ? n : end), start, end: stop });
      blank(i + quotes, stop - quotes);
      return stop;
    }
    i++; // opening quote
    let value = '';
    while (i < n) {
      const c = source[i];
      if (c === '"') {
        if (verbatim && source[i + 1] === '"') {
          value += '"';
          blank(i, i + 2);
          i += 2;
          continue;
        }
        strings.push({ value, start, end: i + 1 });
        return i + 1;
      }
      if (!verbatim && c === '\\') {
        value += source.slice(i, i + 2);
        blank(i, i + 2);
        i += 2;
        continue;
      }
      if (!verbatim && c === '\n') break; // unterminated regular string ends at the line end
      if (dollars > 0 && c === '{' && nesting < MAX_NESTING) {
        if (source[i + 1] === '{') {
          value += '{';
          blank(i, i + 2);
          i += 2;
          continue;
        }
        // An interpolation hole holds code (which may itself contain strings) up to its closing brace.
        const close = code(i + 1, true, nesting + 1);
        i = Math.min(n, close + 1);
        continue;
      }
      if (dollars > 0 && c === '}' && source[i + 1] === '}') {
        value += '}';
        blank(i, i + 2);
        i += 2;
        continue;
      }
      value += c;
      blank(i, i + 1);
      i++;
    }
    strings.push({ value, start, end: i });
    return i;
  };

  code(0, false, 0);
  const blanked = out.join('');
  return { code: blanked, strings, position: positionsIn(source) };
}

/** Every match of `pattern` (made global) in the blanked code, with its offset. */
export function matchesIn(code: string, pattern: RegExp): RegExpExecArray[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  return [...code.matchAll(global)];
}
