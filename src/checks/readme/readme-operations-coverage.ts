import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { operationsOf } from '../../../rules/lib/swagger';
import { markdownOf } from './lib/markdown';
import { SECTIONS } from './lib/template';

const LISTED = 5;

export default defineCheck({
  id: 'readme-operations-coverage',
  severity: 'warning',
  programs: BOTH,
  file: FILES.readme,
  description: 'Every visible operation of the swagger is named under Supported Operations in readme.md.',
  criterion: {
    text: 'The Supported Operations section describes the actions and triggers of the connector, one entry per operation.',
    url: SOURCES.templates,
    rows: ['readme-operations-coverage'],
  },
  fix: 'Add a "### <operation summary>" entry with a one-line description for each operation missing from Supported Operations.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc || !connector.swagger) return;
    const sections = doc.headings.filter((h) => SECTIONS.operations.matches.test(h.key));
    if (sections.length === 0) return;
    // The names first: only their words need indexing in the (much longer) section text.
    const labels: string[] = [];
    const texts: string[] = [];
    for (const { operation } of operationsOf(connector.swagger.data)) {
      if (isHidden(operation)) continue;
      const summary = typeof operation.summary === 'string' ? operation.summary.trim() : '';
      const id = typeof operation.operationId === 'string' ? operation.operationId.trim() : '';
      labels.push(summary || id);
      texts.push(oneLine(summary), oneLine(id));
    }
    // All names are split into words in one go, one per line (summary, then operationId, of each operation).
    const words = wordSets(texts.join('\n'));
    const named: Array<{ label: string; names: Array<Set<string>> }> = [];
    const wanted = new Set<string>();
    labels.forEach((label, i) => {
      const names = [words[2 * i], words[2 * i + 1]].filter((w) => w !== undefined);
      if (names.length === 0) return;
      for (const name of names) for (const word of name) wanted.add(word);
      named.push({ label, names });
    });
    const lines = new LineWords(sections.map((h) => doc.section(h).text).join('\n'), wanted);
    const missing: string[] = [];
    for (const { label, names } of named) if (!names.some((name) => lines.anyHasAll(name))) missing.push(label);
    if (missing.length === 0) return;
    const shown = missing.slice(0, LISTED).map((m) => `"${m}"`).join(', ');
    const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
    report({
      file: connector.readme!.name,
      line: sections[0].line,
      column: sections[0].column,
      message: `${missing.length} operation${missing.length === 1 ? ' is' : 's are'} not named under "${sections[0].text}": ${shown}${more}.`,
    });
  },
});

/** The words of each line, indexed by word: is there a line holding all of a name's words? */
class LineWords {
  /** Ascending line numbers of each wanted word. */
  private readonly linesByWord = new Map<string, number[]>();

  /** Only the `wanted` words are indexed: a name with another word is in no line anyway. */
  constructor(text: string, wanted: Set<string>) {
    // The written forms that singular() turns into a wanted word: the word itself, or it with an "s".
    const forms = new Map<string, string>();
    for (const word of wanted) {
      if (singular(word) === word) forms.set(word, word);
      if (singular(`${word}s`) === word) forms.set(`${word}s`, word);
    }
    let i = 0;
    for (const raw of wordsOf(text)) {
      if (raw === '\n') {
        i++;
        continue;
      }
      const word = forms.get(raw);
      if (word === undefined) continue;
      const list = this.linesByWord.get(word);
      if (!list) this.linesByWord.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }

  anyHasAll(words: Set<string>): boolean {
    const lists: number[][] = [];
    for (const word of words) {
      const list = this.linesByWord.get(word);
      if (!list) return false;
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    // Walk the shortest list, advancing a cursor in each other (all ascending).
    const cursors = new Array<number>(lists.length).fill(0);
    outer: for (const line of lists[0]) {
      for (let k = 1; k < lists.length; k++) {
        const list = lists[k];
        let c = cursors[k];
        while (c < list.length && list[c] < line) c++;
        cursors[k] = c;
        if (c === list.length) return false;
        if (list[c] !== line) continue outer;
      }
      return true;
    }
    return false;
  }
}

const FILLER = new Set(['a', 'an', 'the', 'by', 'for', 'of', 'to', 'in', 'on', 'from', 'with', 'and', 'or', 'all', 'your', 'my']);
const CAMEL = /([a-z0-9])([A-Z])/g;

/**
 * The significant words of each line of a text (a name per line), crudely singular ("Get trackings" ≈ "Get a
 * tracking"): readmes often word an operation slightly differently from its summary. An operationId is split at its
 * capitals (GetTask → get task). Indexed by line; undefined for a line without significant words.
 */
function wordSets(text: string): Array<Set<string> | undefined> {
  const sets: Array<Set<string> | undefined> = [];
  let line = 0;
  for (const raw of wordsOf(text)) {
    if (raw === '\n') {
      line++;
      continue;
    }
    const word = singular(raw);
    if (word === '') continue;
    const set = sets[line];
    if (set) set.add(word);
    else sets[line] = new Set([word]);
  }
  return sets;
}

const ASCII_WORD = /[a-z0-9]+|\n/g;
const WORD = /[\p{L}\p{N}]+|\n/gu;

/**
 * The words of a text, split at its capitals (GetTask → Get Task) and reduced to keyOf's lower-case words, with a "\n"
 * for each line break. Neither step reaches across a line break, and keyOf's ASCII shortcut gives the same words as
 * its Unicode path, so this is the same as doing it line by line. The words are matched rather than found by
 * replacing the separators and splitting: one native pass instead of three.
 */
function wordsOf(text: string): string[] {
  const split = text.replace(CAMEL, '$1 $2');
  if (!/[^\x00-\x7f]/.test(split)) return split.toLowerCase().match(ASCII_WORD) ?? [];
  return split.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) ?? [];
}

/** A name on one line: a line break counts as a space in keyOf, and here it would separate two names. */
function oneLine(name: string): string {
  return name.includes('\n') ? name.replace(/\n/g, ' ') : name;
}

/** A word as wordSet keeps it ('' for fillers and empty strings): a trailing "s" goes from words over 3 letters, except "ss". */
function singular(word: string): string {
  if (word === '' || FILLER.has(word)) return '';
  const n = word.length;
  return n > 3 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115 ? word.slice(0, -1) : word;
}

/** Internal and deprecated operations are not shown to users, so the readme need not list them. */
function isHidden(operation: Record<string, unknown>): boolean {
  const visibility = typeof operation['x-ms-visibility'] === 'string' ? operation['x-ms-visibility'].toLowerCase() : '';
  return visibility === 'internal' || operation.deprecated === true;
}
