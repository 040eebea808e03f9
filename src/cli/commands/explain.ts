import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../../catalog';
import { PACKAGE_ROOT } from '../../tool';
import { EXIT, UsageError } from '../exit';

/** Prints a rule's doc page, found by rule id or by the Microsoft validator code it mirrors. */
export function explainCommand(query: string): number {
  const catalog = new Catalog();
  const matches = catalog.get(query) ? [catalog.get(query)!] : catalog.byValidatorCode(query);
  if (matches.length === 0) {
    const suggestion = closest(query, catalog.all().map((r) => r.id));
    throw new UsageError(`No rule or validator code "${query}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
  }
  for (const rule of matches) {
    const page = path.join(PACKAGE_ROOT, 'docs', 'rules', `${rule.id}.md`);
    process.stdout.write(fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : `# ${rule.id}\n\n${rule.description}\n\nFix: ${rule.fix}\n`);
    if (matches.length > 1) process.stdout.write('\n---\n\n');
  }
  return EXIT.ok;
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
