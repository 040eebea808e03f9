/**
 * Lints every connector of a corpus and prints speed, memory and how many connectors each rule flags.
 *   npm run bench [-- <corpus> [--rule id,id] [--json out.json]]
 * Default corpus: ../shared/corpus. Run it several times and quote medians: the machine is noisy.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverConnectors } from '../src/engine/discover';
import { Linter } from '../src/engine/lint';
import { PACKAGE_ROOT } from '../src/tool';

interface Args { corpus: string; rules?: Set<string>; json?: string }

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: path.resolve(PACKAGE_ROOT, '../shared/corpus') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rule') args.rules = new Set(argv[++i].split(','));
    else if (argv[i] === '--json') args.json = argv[++i];
    else args.corpus = path.resolve(argv[i]);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const linter = new Linter({ only: args.rules, cwd: args.corpus });
  const dirs = await discoverConnectors([args.corpus], args.corpus);
  const times: number[] = [];
  const flagged = new Map<string, number>();
  let passed = 0;
  let slowest = { ms: 0, path: '' };
  for (const dir of dirs) {
    const t = process.hrtime.bigint();
    const report = await linter.lintConnector(dir);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, path: report.path };
    if (report.passed) passed++;
    for (const rule of new Set(report.findings.map((f) => f.rule))) flagged.set(rule, (flagged.get(rule) ?? 0) + 1);
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)] : 0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `connectors        ${dirs.length}`,
    `wall time         ${wall.toFixed(2)} s`,
    `connectors/s      ${(dirs.length / wall).toFixed(1)}`,
    `median            ${median.toFixed(1)} ms per connector`,
    `worst             ${slowest.ms.toFixed(0)} ms (${slowest.path})`,
    `peak memory       ${peakMb.toFixed(0)} MB (max RSS)`,
    `passed            ${passed} of ${dirs.length}`,
    '',
    'connectors flagged per rule (share of corpus):',
    ...[...flagged.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, n]) => `  ${rule.padEnd(60)} ${String(n).padStart(4)}  ${((100 * n) / Math.max(1, dirs.length)).toFixed(1).padStart(5)}%${n / dirs.length > 0.05 ? '  > 5%' : ''}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (args.json) {
    const snapshot = Object.fromEntries([...flagged.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    fs.writeFileSync(args.json, JSON.stringify({ connectors: dirs.length, passed, flagged: snapshot }, null, 2) + '\n');
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
  process.exitCode = 2;
});
