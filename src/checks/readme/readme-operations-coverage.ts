import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { operationsOf } from '../../../rules/lib/swagger';
import { keyOf, markdownOf } from './lib/markdown';
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
    const lines = new LineWords(sections.flatMap((h) => doc.section(h).text.split('\n')));
    const missing: string[] = [];
    for (const { operation } of operationsOf(connector.swagger.data)) {
      if (isHidden(operation)) continue;
      const summary = typeof operation.summary === 'string' ? operation.summary.trim() : '';
      const id = typeof operation.operationId === 'string' ? operation.operationId.trim() : '';
      const names = [summary, id].map(wordsOf).filter((w) => w.size > 0);
      if (names.length === 0 || names.some((name) => lines.anyHasAll(name))) continue;
      missing.push(summary || id);
    }
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
  private readonly linesByWord = new Map<string, Set<number>>();

  constructor(lines: string[]) {
    lines.forEach((line, i) => {
      for (const word of wordsOf(line)) {
        const set = this.linesByWord.get(word);
        if (set) set.add(i);
        else this.linesByWord.set(word, new Set([i]));
      }
    });
  }

  anyHasAll(words: Set<string>): boolean {
    const lineSets = [...words].map((w) => this.linesByWord.get(w));
    if (lineSets.some((set) => set === undefined)) return false;
    const [first, ...rest] = (lineSets as Array<Set<number>>).sort((a, b) => a.size - b.size);
    for (const line of first) if (rest.every((set) => set.has(line))) return true;
    return false;
  }
}

const FILLER = new Set(['a', 'an', 'the', 'by', 'for', 'of', 'to', 'in', 'on', 'from', 'with', 'and', 'or', 'all', 'your', 'my']);

/**
 * The significant words of a name or line, crudely singular ("Get trackings" ≈ "Get a tracking"): readmes often word
 * an operation slightly differently from its summary. An operationId is split at its capitals (GetTask → get task).
 */
function wordsOf(text: string): Set<string> {
  const split = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return new Set(keyOf(split).split(' ').filter((w) => w !== '' && !FILLER.has(w)).map((w) => (w.length > 3 && !w.endsWith('ss') ? w.replace(/s$/, '') : w)));
}

/** Internal and deprecated operations are not shown to users, so the readme need not list them. */
function isHidden(operation: Record<string, unknown>): boolean {
  const visibility = typeof operation['x-ms-visibility'] === 'string' ? operation['x-ms-visibility'].toLowerCase() : '';
  return visibility === 'internal' || operation.deprecated === true;
}
