/**
 * Shared pieces of the rules over the swagger root and `info`: restricted words, URL and email checks, and the
 * `x-ms-connector-metadata` entries.
 */
import { isObject, type JsonObject } from './json';

export type JsonPath = Array<string | number>;

/**
 * Microsoft product names a connector's title and description must not use. Each matches as whole words, in any
 * case, with or without the space ("PowerApps", "Power BI").
 */
const PRODUCT_NAMES: RegExp[] = [
  /\bpower\s*apps?\b/gi,
  /\bpower\s*automate\b/gi,
  /\blogic\s*apps?\b/gi,
  /\bpower\s*platform\b/gi,
  /\bcopilot\s*studio\b/gi,
  /\bpower\s*bi\b/gi,
];

/** Every product name starts with one of these words: most text has none of them and needs no closer look. */
const PRODUCT_FIRST_WORDS = /\b(?:power|logic|copilot)/i;

/** The product names written in `text`, as written there and in text order (e.g. ["PowerApps"]). */
export function productNamesIn(text: string): string[] {
  if (!PRODUCT_FIRST_WORDS.test(text)) return [];
  const found: RegExpMatchArray[] = [];
  for (const pattern of PRODUCT_NAMES) found.push(...text.matchAll(pattern));
  return found.sort((a, b) => a.index! - b.index!).map((m) => m[0]);
}

/** Placeholder titles: the repository template's sentence and the portal's default. */
const TEMPLATE_TITLES = [/^\s*name of (the )?connector\b/i, /title cannot include/i, /^\s*default title\s*$/i];

export function isTemplateTitle(title: string): boolean {
  return TEMPLATE_TITLES.some((p) => p.test(title));
}

/** The whole word "API" (or "APIs") as written in `text`. */
export function apiWordsIn(text: string): string[] {
  return [...text.matchAll(/\bAPIs?\b/gi)].map((m) => m[0]);
}

/** "a", "b" and "c" — for messages listing found words. */
export function quoteList(words: string[]): string {
  const quoted = [...new Set(words)].map((w) => `"${w}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** An absolute http or https URL with a host and no spaces. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A plain ASCII email address: local part, "@", and a dotted domain whose labels do not start or end with "-". */
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The three `x-ms-connector-metadata` entries certification requires, spelled as documented. */
export const METADATA_NAMES = ['Website', 'Privacy policy', 'Categories'] as const;
export type MetadataName = (typeof METADATA_NAMES)[number];

/** The 19 connector categories, spelled as the validator expects. */
export const CATEGORIES = [
  'AI',
  'Business Management',
  'Business Intelligence',
  'Collaboration',
  'Commerce',
  'Communication',
  'Content and Files',
  'Finance',
  'Data',
  'Human Resources',
  'Internet of Things',
  'IT Operations',
  'Lifestyle and Entertainment',
  'Marketing',
  'Productivity',
  'Sales and CRM',
  'Security',
  'Social Media',
  'Website',
] as const;

export interface MetadataEntry {
  /** Index in the `x-ms-connector-metadata` array. */
  index: number;
  entry: JsonObject;
  /** `propertyName` as written. */
  name: string;
  /** The documented name it stands for, matched ignoring case and spaces ("Privacy Policy" → "Privacy policy"). */
  known?: MetadataName;
  value: unknown;
  /** JSON path of the entry. */
  at: JsonPath;
}

const METADATA_KEY = 'x-ms-connector-metadata';

function normalize(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/** The entries of root `x-ms-connector-metadata` that are objects with a string `propertyName`. */
export function metadataEntries(root: unknown): MetadataEntry[] {
  const list = isObject(root) ? root[METADATA_KEY] : undefined;
  if (!Array.isArray(list)) return [];
  const entries: MetadataEntry[] = [];
  list.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.propertyName !== 'string') return;
    const name = entry.propertyName;
    const known = METADATA_NAMES.find((n) => normalize(n) === normalize(name));
    entries.push({ index, entry, name, known, value: entry.propertyValue, at: [METADATA_KEY, index] });
  });
  return entries;
}

/** The Categories values: the `propertyValue` split on ";" and trimmed (empty tokens kept, so rules can report them). */
export function categoryTokens(value: string): string[] {
  return value.split(';').map((t) => t.trim());
}

export interface MimeList {
  /** JSON path of the `consumes` or `produces` list. */
  at: JsonPath;
  list: unknown;
}

/** The root and operation `consumes` and `produces` lists that are present. */
export function mimeListsOf(root: unknown, operations: ReadonlyArray<{ operation: JsonObject; at: JsonPath }>): MimeList[] {
  const lists: MimeList[] = [];
  const add = (owner: JsonObject, at: JsonPath) => {
    for (const key of ['consumes', 'produces']) if (owner[key] !== undefined) lists.push({ at: [...at, key], list: owner[key] });
  };
  if (isObject(root)) add(root, []);
  for (const op of operations) add(op.operation, op.at);
  return lists;
}

const TOKEN = "[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]*";
const PARAMETER = `\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=("[^"]*"|[A-Za-z0-9!#$&^_.+-]+)`;
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(${PARAMETER})*\\s*$`);

/** "type/subtype" with optional "; name=value" parameters (RFC 6838 names; "*" wildcards allowed). */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value);
}
