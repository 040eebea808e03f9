import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../../catalog';
import { docsUrl } from '../../engine/docs-url';
import type { RuleMeta } from '../../model/rule';
import { PACKAGE_ROOT } from '../../tool';
import { EXIT, UsageError } from '../exit';

/**
 * Prints what a rule checks (a header from the catalog: severity, programs, file, validator codes, criterion, fix)
 * and its doc page. The query is a rule id, a Microsoft validator code, or a validator message pasted whole.
 */
export function explainCommand(query: string, catalog: Catalog = new Catalog(), docsDir: string = path.join(PACKAGE_ROOT, 'docs', 'rules')): number {
  const page = (id: string) => {
    const file = path.join(docsDir, `${id}.md`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  const found = findRules(query, catalog, page);
  if (found.rules.length === 0) {
    const suggestion = /\s/.test(query.trim()) ? undefined : closest(query, catalog.all().map((r) => r.id));
    throw new UsageError(
      /\s/.test(query.trim())
        ? 'No rule matches this message: it names no rule id or validator code we know, and no rule quotes it. "connector-precheck rules" lists every rule with its validator codes.'
        : `No rule or validator code "${query}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
    );
  }
  if (!found.exact) process.stdout.write(`${found.rules.length === 1 ? 'Rule' : 'Rules'} for this message: ${found.rules.map((r) => r.id).join(', ')}\n\n`);
  found.rules.forEach((rule, i) => {
    if (i > 0) process.stdout.write('\n---\n\n');
    process.stdout.write(header(rule) + '\n' + (page(rule.id) ?? `# ${rule.id}\n\n${rule.description}\n`));
  });
  return EXIT.ok;
}

/** The catalog's facts about a rule, aligned, before its doc page. */
export function header(rule: RuleMeta): string {
  const programs =
    rule.programs.length === 2 ? 'verified and independent publishers' : rule.programs.length === 1 ? `${rule.programs[0]} publishers only` : 'none';
  const rows: Array<[string, string]> = [
    ['severity', rule.severity],
    ['programs', programs],
    ['file', rule.file],
    ...(rule.validatorCodes?.length ? [['validator', rule.validatorCodes.join(' | ')] as [string, string]] : []),
    ['criterion', rule.criterion.text + (rule.criterion.url ? `\n${rule.criterion.url}` : '')],
    ['fix', rule.fix],
    ['docs', docsUrl(rule.id)],
  ];
  const lines = [rule.id];
  for (const [name, value] of rows) {
    const [first, ...rest] = value.split('\n');
    lines.push(`  ${name.padEnd(10)} ${first}`, ...rest.map((l) => `  ${' '.repeat(10)} ${l}`));
  }
  return lines.join('\n') + '\n';
}

export interface FoundRules {
  rules: RuleMeta[];
  /** True when the query was a rule id or a validator code as such, not a message to search. */
  exact: boolean;
}

/**
 * The rules a query is about. A rule id or a validator code as such gives its rules. Otherwise the query is read as a
 * pasted validator message (`error OperationIdRequired: … ValuePath: …`, `The 'title' value goes over the character
 * limit '30' ValuePath: /info/title`, a change-validator sentence): rule ids and validator code names in it, change-
 * validator sentences it contains or begins, and validator messages our doc pages quote that it contains. When that
 * leaves several rules, the field and place it names ('title', ValuePath …/parameters/N) pick the closest ones.
 */
export function findRules(query: string, catalog: Catalog, page: (id: string) => string | undefined): FoundRules {
  const q = query.trim();
  const byId = catalog.get(q) ?? catalog.get(q.toLowerCase());
  if (byId) return { rules: [byId], exact: true };
  const byCode = catalog.byValidatorCode(q);
  if (byCode.length > 0) return { rules: byCode, exact: true };

  const all = catalog.all();
  const ids = [...q.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/gi)].map((m) => catalog.get(m[0].toLowerCase())).filter((r): r is RuleMeta => r !== undefined);
  if (ids.length > 0) return { rules: unique(ids), exact: false };

  const message = normalize(withoutPlace(q));
  const tokens = new Set([...q.matchAll(/\d+(?:\.\d+)+|[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0].toLowerCase()));
  const coded: RuleMeta[] = [];
  for (const rule of all) {
    for (const code of rule.validatorCodes ?? []) {
      if (/\s/.test(code) ? sentenceMatches(normalize(code), message) : tokens.has(code.toLowerCase())) {
        coded.push(rule);
        break;
      }
    }
  }
  const quoted = message.length >= MIN_QUOTE ? all.filter((rule) => quotedMessages(page(rule.id)).some((m) => message.includes(m) || (m.startsWith(message) && message.length >= MIN_QUOTE))) : [];
  const both = coded.filter((r) => quoted.includes(r));
  const candidates = both.length > 0 ? both : coded.length > 0 ? coded : quoted;
  return { rules: narrow(unique(candidates), q), exact: false };
}

/** Shorter quotes or pasted fragments say too little to pick a rule by. */
const MIN_QUOTE = 20;

/** The message without the place the validator appends (`ValuePath: …`, `Value: …`, `Source: …`). */
function withoutPlace(text: string): string {
  return text.replace(/\bValuePath:[\s\S]*$/i, '');
}

/** Lower case, one kind of quote, single spaces, no final full stop: how messages are compared. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.…]+$/, '')
    .trim();
}

/** A change-validator sentence (its first sentence is enough) in the message, or the message as its beginning. */
function sentenceMatches(code: string, message: string): boolean {
  const first = code.split(/(?<=\.) /)[0].replace(/\.$/, '');
  return message.includes(first) || (message.length >= MIN_QUOTE && code.startsWith(message));
}

/** Validator messages a doc page quotes in its prose ("…" of at least MIN_QUOTE characters), normalized. */
function quotedMessages(page: string | undefined): string[] {
  if (!page) return [];
  // Code blocks and inline code hold JSON, whose quotes would pair with the quotes of the prose.
  const prose = page.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ').replace(/\s+/g, ' ');
  return [...prose.matchAll(/["“]([^"“”]{1,300})["”]/g)].map((m) => normalize(withoutPlace(m[1]))).filter((m) => m.length >= MIN_QUOTE);
}

/**
 * Of several rules, those whose id names the most of the fields the message quotes ('title', 'x-ms-summary') and
 * the place its ValuePath ends at (…/parameters/N: a parameter); all of them when the message names none.
 */
function narrow(rules: RuleMeta[], query: string): RuleMeta[] {
  if (rules.length < 2) return rules;
  const hints = new Set<string>();
  for (const m of query.matchAll(/'([A-Za-z][\w-]*)'/g)) hints.add(m[1].toLowerCase().replace(/^x-ms-/, ''));
  const valuePath = /ValuePath:\s*'?([^\s']+)/i.exec(query)?.[1];
  if (valuePath) {
    const segments = valuePath.split('/').filter((s) => /^[A-Za-z][\w-]*$/.test(s) && s !== 'N');
    const last = segments[segments.length - 1];
    if (last) hints.add(last.toLowerCase().replace(/^x-ms-/, ''));
  }
  if (hints.size === 0) return rules;
  const score = (rule: RuleMeta) => {
    const parts = rule.id.split('-');
    return [...hints].filter((h) => parts.some((p) => p === h || (p.length >= 5 && h.startsWith(p)) || (h.length >= 5 && p.startsWith(h)))).length;
  };
  const best = Math.max(...rules.map(score));
  return best === 0 ? rules : rules.filter((r) => score(r) === best);
}

function unique(rules: RuleMeta[]): RuleMeta[] {
  return [...new Map(rules.map((r) => [r.id, r])).values()];
}

function closest(query: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(query.toLowerCase(), c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(3, query.length / 3) ? best : undefined;
}

export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
