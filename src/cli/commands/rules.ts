import { Catalog } from '../../catalog';
import { EXIT } from '../exit';

export function rulesCommand(options: { json?: boolean }): number {
  const rules = new Catalog().all();
  if (options.json) {
    process.stdout.write(JSON.stringify(rules.map(({ ...meta }) => ({ ...meta, run: undefined, then: undefined, given: undefined })), null, 2) + '\n');
    return EXIT.ok;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const programs = r.programs.length === 2 ? 'both' : r.programs[0];
    const codes = r.validatorCodes?.length ? ` [${r.validatorCodes.join(', ')}]` : '';
    process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${programs.padEnd(11)}  ${r.description}${codes}\n`);
  }
  process.stdout.write(`\n${rules.length} rules. "connector-precheck explain <id>" shows one.\n`);
  return EXIT.ok;
}
