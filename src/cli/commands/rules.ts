import { Catalog } from '../../catalog';
import type { Program } from '../../model/program';
import { EXIT } from '../exit';

export interface RulesCommandOptions {
  json?: boolean;
  /** Only the rules that apply to connectors of this program. */
  program?: Program;
}

export function rulesCommand(options: RulesCommandOptions): number {
  const rules = new Catalog().all().filter((r) => !options.program || r.programs.includes(options.program));
  if (options.json) {
    process.stdout.write(JSON.stringify(rules.map(({ ...meta }) => ({ ...meta, run: undefined, then: undefined, given: undefined })), null, 2) + '\n');
    return EXIT.ok;
  }
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  for (const r of rules) {
    const programs = r.programs.length === 2 ? 'both' : (r.programs[0] ?? '-');
    const codes = r.validatorCodes?.length ? ` [${r.validatorCodes.join(', ')}]` : '';
    process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${programs.padEnd(11)}  ${r.description}${codes}\n`);
  }
  const scope = options.program ? ` apply to ${options.program}-publisher connectors` : '';
  process.stdout.write(`\n${rules.length} rules${scope}. "connector-precheck explain <id>" shows one.\n`);
  return EXIT.ok;
}
