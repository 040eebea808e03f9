import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { TextFile } from '../../../engine/context';
import { positionsIn } from '../../lib/text-positions';

export interface Heading {
  depth: number;
  /** Text of the heading, without Markdown markup. */
  text: string;
  /** Lower-case words only: "Pre-requisites:" → "pre requisites". */
  key: string;
  line: number;
  column: number;
  /** Index of the heading among the document's top-level nodes. */
  index: number;
}

export interface Section {
  heading: Heading;
  /** The nodes below the heading, up to the next heading of the same or a higher level. */
  nodes: RootContent[];
  /** Plain text of those nodes. */
  text: string;
}

export interface ImageRef {
  url: string;
  line: number;
  column: number;
}

/** A Markdown file parsed once (shared by the readme and intro rules). */
export interface MarkdownDoc {
  root: Root;
  headings: Heading[];
  /** Images from Markdown syntax (inline and reference) and from HTML <img> tags, outside code. */
  images: ImageRef[];
  /** The section that starts at a heading. */
  section(heading: Heading): Section;
  /** Plain text of the prose (no code, no link targets). */
  prose: string;
  /** The line count of the file. */
  lines: number;
}

/**
 * Limits that keep a hostile readme cheap: real readmes are under 50 kB and nest a few levels. Beyond them the
 * Markdown rules stay silent rather than spend seconds.
 */
const MAX_CHARS = 256 * 1024;
const DEEP_NESTING = /^(?:[ \t]{0,3}>){32}|^[ \t]{256}/m;

/**
 * Inline constructs whose parsing is quadratic on crafted input (emphasis, link labels, inline HTML) are switched
 * off: the rules need headings, lists and code blocks from the parser, and find images with bounded patterns.
 */
const BLOCKS_ONLY = { disable: { null: ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd', 'htmlText', 'autolink'] } };

const cache = new WeakMap<TextFile, MarkdownDoc | undefined>();

/** The parsed Markdown of a text file, or undefined when it could not be read as text or is beyond the limits. */
export function markdownOf(file: TextFile | undefined): MarkdownDoc | undefined {
  if (!file || file.unreadable || (file.encoding && file.text === '')) return undefined;
  if (!cache.has(file)) cache.set(file, tooComplex(file) ? undefined : parseMarkdown(file.text));
  return cache.get(file);
}

/** Why a readable Markdown file is not parsed (too large, or nested too deeply), or undefined. */
export function tooComplex(file: TextFile): string | undefined {
  if (file.size > MAX_CHARS || file.text.length > MAX_CHARS) {
    return `${file.name} is ${(file.size / 1024).toFixed(0)} kB, more than the ${MAX_CHARS / 1024} kB connector-precheck parses; a readme is normally a few kilobytes`;
  }
  if (DEEP_NESTING.test(file.text)) return `${file.name} nests quotes or indentation more than 32 levels deep, so it was not parsed`;
  return undefined;
}

export function parseMarkdown(text: string): MarkdownDoc {
  const root = fromMarkdown(text, { extensions: [BLOCKS_ONLY] });
  const headings: Heading[] = [];
  // Several rules read the same section: each is built once, its text only when asked for.
  const sections = new Map<Heading, Section>();
  root.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const headingText = plainText(node).trim();
    headings.push({ depth: node.depth, text: headingText, key: keyOf(headingText), ...start(node), index });
  });
  return {
    root,
    headings,
    images: collectImages(root, text),
    prose: proseOf(root),
    lines: text.split('\n').length,
    section(heading) {
      let section = sections.get(heading);
      if (!section) sections.set(heading, (section = sectionAt(root, headings, heading)));
      return section;
    },
  };
}

function sectionAt(root: Root, headings: Heading[], heading: Heading): Section {
  const end = headings.find((h) => h.index > heading.index && h.depth <= heading.depth)?.index ?? root.children.length;
  const nodes = root.children.slice(heading.index + 1, end);
  let text: string | undefined;
  return {
    heading,
    nodes,
    get text() {
      return (text ??= nodes.map(plainText).join('\n'));
    },
  };
}

/** Lower-case words separated by single spaces, for comparing headings and names. */
export function keyOf(text: string): string {
  // ASCII needs no Unicode normalization, and its letters and digits are a-z and 0-9 once lower-cased.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LINK = /!?\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)/g;

/** Text without inline markup: links and images become their label, emphasis and code markers go. */
export function inlineText(raw: string): string {
  // Most text nodes have none of the markup: a substring test is much cheaper than a regex pass that changes nothing.
  let text = raw;
  if (text.includes('[')) text = text.replace(LINK, '$1');
  if (text.includes('*') || text.includes('`')) text = text.replace(/[*`]+/g, '');
  if (text.includes('_')) text = text.replace(/(^|\s)_+|_+(?=\s|$)/g, '$1');
  return text;
}

export function plainText(node: Nodes): string {
  if (node.type === 'text') return inlineText(node.value);
  if (node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return '';
  // A loop rather than map().join(): this runs for every paragraph and heading of every readme.
  const children = node.children as Nodes[];
  const separator = node.type === 'list' || node.type === 'root' ? '\n' : '';
  let text = children.length > 0 ? plainText(children[0]) : '';
  for (let i = 1; i < children.length; i++) text += separator + plainText(children[i]);
  return text;
}

function start(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Inline image, reference image and HTML <img>; every repetition is bounded so crafted input stays linear. */
const INLINE_IMAGE = /!\[[^\]\n]{0,500}\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+["'(][^)\n]{0,500})?\)/g;
const REFERENCE_IMAGE = /!\[([^\]\n]{0,500})\]\[([^\]\n]{0,500})\]/g;
const IMG_TAG = /<img\b[^>]{0,500}?\bsrc\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s>]{1,2000}))/gi;

function collectImages(root: Root, text: string): ImageRef[] {
  const definitions = new Map<string, string>();
  const code: Array<[number, number]> = [];
  walk(root, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    else if ((node.type === 'code' || node.type === 'inlineCode') && node.position) code.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  code.sort((a, b) => a[0] - b[0]);
  const inCode = (offset: number) => {
    // Binary search for the last code range starting at or before the offset (ranges do not overlap).
    let low = 0;
    let high = code.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (code[mid][0] <= offset) low = mid + 1;
      else high = mid - 1;
    }
    return high >= 0 && offset < code[high][1];
  };
  const position = positionsIn(text);
  const found: Array<{ url: string; offset: number }> = [];
  for (const m of text.matchAll(INLINE_IMAGE)) found.push({ url: m[1], offset: m.index });
  for (const m of text.matchAll(REFERENCE_IMAGE)) {
    const url = definitions.get((m[2] || m[1]).trim().toLowerCase());
    if (url !== undefined) found.push({ url, offset: m.index });
  }
  for (const m of text.matchAll(IMG_TAG)) found.push({ url: m[1] ?? m[2] ?? m[3], offset: m.index });
  return found
    .filter((f) => !inCode(f.offset))
    .sort((a, b) => a.offset - b.offset)
    .map((f) => ({ url: f.url, ...position(f.offset) }));
}

/** The prose of the document: paragraphs, headings, lists and tables, without code or HTML. */
function proseOf(root: Root): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (node.type === 'text') parts.push(inlineText(node.value));
  });
  return parts.join(' ');
}

/** Visits every node depth-first (iteratively: Markdown can nest deeply). */
export function walk(root: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
}

/**
 * The connector-relative path ("images/a.png") of a link that points into the repository: undefined for web links,
 * anchors and data URLs; null for a path that leaves the connector folder (or starts at the repository root).
 */
export function localTarget(url: string): string | null | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  let decoded = trimmed.replace(/[?#].*$/, '');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape is kept as written.
  }
  if (decoded.startsWith('/')) return null;
  const parts: string[] = [];
  for (const part of decoded.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}
