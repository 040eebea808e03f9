import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { TextFile } from '../../../engine/context';

export interface Heading {
  depth: number;
  /** Plain text of the heading. */
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
  /** Images from Markdown syntax (inline and reference) and from HTML <img> tags. */
  images: ImageRef[];
  /** The section that starts at a heading. */
  section(heading: Heading): Section;
  /** Plain text of the prose (no code blocks, no URLs). */
  prose: string;
  /** The line count of the file. */
  lines: number;
}

const cache = new WeakMap<TextFile, MarkdownDoc | undefined>();

/** The parsed Markdown of a text file, or undefined when it could not be read as text. */
export function markdownOf(file: TextFile | undefined): MarkdownDoc | undefined {
  if (!file || file.unreadable || (file.encoding && file.text === '')) return undefined;
  if (!cache.has(file)) cache.set(file, parseMarkdown(file.text));
  return cache.get(file);
}

export function parseMarkdown(text: string): MarkdownDoc {
  const root = fromMarkdown(text);
  const headings: Heading[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const headingText = plainText(node).trim();
    headings.push({ depth: node.depth, text: headingText, key: keyOf(headingText), ...start(node), index });
  });
  return {
    root,
    headings,
    images: collectImages(root),
    prose: proseOf(root),
    lines: text.split('\n').length,
    section(heading) {
      const end = headings.find((h) => h.index > heading.index && h.depth <= heading.depth)?.index ?? root.children.length;
      const nodes = root.children.slice(heading.index + 1, end);
      return { heading, nodes, text: nodes.map(plainText).join('\n') };
    },
  };
}

/** Lower-case words separated by single spaces, for comparing headings and names. */
export function keyOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(node.type === 'list' || node.type === 'root' ? '\n' : '');
  return '';
}

function start(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

const IMG_TAG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function collectImages(root: Root): ImageRef[] {
  const definitions = new Map<string, string>();
  walk(root, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
  });
  const images: ImageRef[] = [];
  walk(root, (node) => {
    if (node.type === 'image') images.push({ url: node.url, ...start(node) });
    else if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier.toLowerCase());
      if (url !== undefined) images.push({ url, ...start(node) });
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(IMG_TAG)) {
        const before = node.value.slice(0, match.index);
        const lines = before.split('\n');
        const { line, column } = start(node);
        images.push({
          url: match[1] ?? match[2] ?? match[3],
          line: line + lines.length - 1,
          column: lines.length === 1 ? column + before.length : lines[lines.length - 1].length + 1,
        });
      }
    }
  });
  return images;
}

/** The prose of the document: paragraphs, headings, lists and tables, without code or HTML. */
function proseOf(root: Root): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (node.type === 'text') parts.push(node.value);
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
