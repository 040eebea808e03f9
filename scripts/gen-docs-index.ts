/** Writes docs/rules.md, the index of every rule, from the catalog. The catalog test fails when it is stale. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../src/catalog';

const ROOT = path.resolve(__dirname, '..');

export function rulesIndexSource(catalog = new Catalog()): string {
  const rules = catalog.all();
  const rows = rules.map((r) => {
    const programs = r.programs.length === 2 ? 'both' : r.programs[0];
    const codes = (r.validatorCodes ?? []).map((c) => `\`${c}\``).join(', ');
    return `| [${r.id}](rules/${r.id}.md) | ${r.severity} | ${programs} | ${r.file} | ${codes} | ${r.description.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Rules',
    '',
    `connector-precheck has ${rules.length} rules. Generated from the rule catalog by \`npm run gen\`; do not edit.`,
    '`connector-precheck explain <rule-id or validator code>` prints a rule\'s page in the terminal.',
    '',
    '| rule | severity | programs | file | Microsoft code | checks |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (require.main === module) {
  fs.writeFileSync(path.join(ROOT, 'docs/rules.md'), rulesIndexSource());
  console.log('docs/rules.md written');
}
