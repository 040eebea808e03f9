import { positionAt } from './text-decode';

export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

/**
 * Checks that `text` is strict JSON (RFC 8259), as Microsoft's validator and paconn read it, and explains the first
 * problem in connector terms. Spectral's own JSON parser is lenient (comments, trailing commas), so this is separate.
 */
export function checkStrictJson(text: string): JsonSyntaxError | undefined {
  if (text.trim() === '') return { message: 'The file is empty; it must hold one JSON object.', line: 1, column: 1 };
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const offset = errorOffset(text, (error as Error).message);
    return { message: describe(text, offset), ...positionAt(text, offset) };
  }
}

function errorOffset(text: string, message: string): number {
  const match = /at position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  // "Unexpected end of JSON input": the problem is at the end.
  return text.length;
}

/** A sentence that names the usual culprit at `offset`. */
function describe(text: string, offset: number): string {
  if (offset >= text.length) return 'The JSON ends early: a closing brace, bracket or quote is missing.';
  const ch = text[offset];
  const code = ch.charCodeAt(0);
  const before = text.slice(0, offset).trimEnd();
  if (ch === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) return 'Comments are not allowed in JSON.';
  if ((ch === '}' || ch === ']') && before.endsWith(',')) return `Trailing comma before "${ch}".`;
  if (code < 0x20) {
    if (insideString(text, offset)) return `A raw control character (U+${hex(code)}) is inside a string; escape it (e.g. \\n).`;
    return `Unexpected control character U+${hex(code)}.`;
  }
  if (/\s/.test(ch)) return `Unexpected whitespace character U+${hex(code)}; only space, tab, CR and LF are allowed between tokens.`;
  if (code === 0xfeff) return 'A byte order mark appears inside the file.';
  if (rootValueEndsBefore(text, offset)) return 'Unexpected content after the end of the JSON document (a second document, or a stray character).';
  if ((ch === '"' || ch === '{' || ch === '[') && /["}\]\w]$/.test(before)) return 'A comma is missing between two values.';
  if (ch === "'") return 'Strings must use double quotes, not single quotes.';
  if (/[A-Za-z_[]/.test(ch) && /[{,]$/.test(before)) return 'Property names must be double-quoted strings.';
  const snippet = text.slice(offset, offset + 12).split('\n')[0];
  return `Unexpected "${snippet}"; this is not valid JSON.`;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function insideString(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let quotes = 0;
  for (let i = lineStart; i < offset; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '"') quotes++;
  }
  return quotes % 2 === 1;
}

/** True when a complete top-level value ends before `offset` (so the text there is extra). */
function rootValueEndsBefore(text: string, offset: number): boolean {
  let depth = 0;
  let inString = false;
  let seenValue = false;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') { inString = false; if (depth === 0) seenValue = true; }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') { depth--; if (depth === 0) seenValue = true; }
  }
  return seenValue && depth === 0;
}

/** Deepest nesting of objects and arrays, stopping early once `limit` is passed (parsers recurse on it). */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) { max = depth; if (max > limit) return max; }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
