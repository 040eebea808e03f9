/**
 * Lints every connector of a corpus the way the CLI does (worker threads) and prints speed, memory and how many
 * connectors each rule flags.
 *   npm run bench [-- <corpus>] [--rule id,id] [--concurrency n] [--json hits.json] [--compare-spectral]
 *   npm run bench [-- <corpus>] --compare-rules <id,id | file of ids> [--pairs n]
 * Default corpus: ../shared/corpus. The machine is noisy: run it several times and quote medians.
 * --compare-spectral also times, in child processes, `connector-precheck lint` and `spectral lint` with the stock
 * spectral:oas rule set over the same connectors' swagger files, and prints both wall times and peak memories.
 * --compare-rules runs, in child processes, this bench with only the given rules and with every rule, alternately
 * (n pairs, default 5, so that both see the same moments of a noisy machine), and prints the medians of wall and CPU
 * time and their ratios: what adding rules costs. CPU time is the steadier figure where other machines steal cycles. scripts/foundation-rules.txt lists the rules of the foundation issue, the usual baseline.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { glob } from 'glob';
import { Catalog } from '../src/catalog';
import { runLint } from '../src/engine/run';
import { PACKAGE_ROOT } from '../src/tool';

interface Args {
  corpus: string;
  rules?: string[];
  json?: string;
  concurrency?: number;
  compareSpectral: boolean;
  compareRules?: string[];
  pairs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: path.resolve(PACKAGE_ROOT, '../shared/corpus'), compareSpectral: false, pairs: 5 };
  const valueOf = (i: number): string => {
    if (i >= argv.length || argv[i].startsWith('--')) throw new Error(`${argv[i - 1]} needs a value.`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rule') args.rules = valueOf(++i).split(',');
    else if (argv[i] === '--json') args.json = valueOf(++i);
    else if (argv[i] === '--concurrency') args.concurrency = Number(valueOf(++i));
    else if (argv[i] === '--compare-spectral') args.compareSpectral = true;
    else if (argv[i] === '--compare-rules') args.compareRules = ruleList(valueOf(++i));
    else if (argv[i] === '--pairs') args.pairs = Math.max(1, Number(valueOf(++i)) || 1);
    else args.corpus = path.resolve(argv[i]);
  }
  // An unknown id would time a run without that rule: a typo in a file name would make a ratio of nothing.
  const catalog = new Catalog();
  for (const id of args.rules ?? []) if (!catalog.get(id)) throw new Error(`--rule: unknown rule "${id}".`);
  for (const id of args.compareRules ?? []) {
    if (!catalog.get(id)) throw new Error(`--compare-rules: unknown rule "${id}" (a file that does not exist is read as rule ids).`);
  }
  return args;
}

/** Rule ids given inline (`a,b`) or as a file of ids separated by commas or whitespace. */
function ruleList(value: string): string[] {
  const text = fs.existsSync(value) ? fs.readFileSync(value, 'utf8') : value;
  return text.split(/[\s,]+/).filter(Boolean);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.corpus)) throw new Error(`No corpus at ${args.corpus}.`);
  if (args.compareRules) return compareRuleSets(args, args.compareRules);
  const times: Array<{ ms: number; path: string }> = [];
  const started = performance.now();
  const report = await runLint([args.corpus], {
    cwd: args.corpus,
    only: args.rules,
    concurrency: args.concurrency,
    onProgress: (_done, _total, connector, ms) => times.push({ ms: ms ?? Number.NaN, path: connector.path }),
  });
  const wall = (performance.now() - started) / 1000;
  const usage = process.resourceUsage(); // the whole process: main thread and workers
  const peakMb = usage.maxRSS / 1024;
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  times.sort((a, b) => a.ms - b.ms);
  const median = times.length ? times[Math.floor(times.length / 2)].ms : 0;
  const worst = times[times.length - 1] ?? { ms: 0, path: '-' };
  const flagged = new Map<string, number>();
  for (const c of report.connectors) for (const rule of new Set(c.findings.map((f) => f.rule))) flagged.set(rule, (flagged.get(rule) ?? 0) + 1);
  const n = report.connectors.length;
  const lines = [
    `corpus            ${args.corpus}`,
    `connectors        ${n}`,
    `concurrency       ${args.concurrency ?? os.availableParallelism()} worker threads`,
    `wall time         ${wall.toFixed(2)} s`,
    `cpu time          ${cpu.toFixed(2)} s (user + system, all threads; steadier than wall time on a shared machine)`,
    `connectors/s      ${(n / wall).toFixed(1)}`,
    `median            ${median.toFixed(1)} ms per connector`,
    `worst             ${worst.ms.toFixed(0)} ms (${worst.path})`,
    `peak memory       ${peakMb.toFixed(0)} MB (max RSS of the process and its workers)`,
    `passed            ${report.summary.passed} of ${n}`,
    '',
    'connectors flagged per rule (share of corpus):',
    ...[...flagged.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([rule, k]) => `  ${rule.padEnd(64)} ${String(k).padStart(4)}  ${((100 * k) / Math.max(1, n)).toFixed(1).padStart(5)}%${k / n > 0.05 ? '  > 5%' : ''}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (args.json) {
    const snapshot = Object.fromEntries([...flagged.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    fs.writeFileSync(args.json, JSON.stringify({ connectors: n, passed: report.summary.passed, flagged: snapshot }, null, 2) + '\n');
  }
  if (args.compareSpectral) await compareWithSpectral(args);
}

/** Times both tools as child processes over the same corpus, polling each one's peak RSS. */
async function compareWithSpectral(args: Args): Promise<void> {
  const swaggers = (await glob('**/apiDefinition.swagger.json', { cwd: args.corpus, nodir: true })).length;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const ruleset = path.join(scratch, '.spectral.yaml');
  fs.writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
  const spectralBin = require.resolve('@stoplight/spectral-cli/dist/index.js');
  const ours = await measure(process.execPath, [path.join(PACKAGE_ROOT, 'dist/cli/index.js'), 'lint', args.corpus, '--format', 'json'], path.join(scratch, 'ours.json'));
  const theirs = await measure(
    process.execPath,
    [spectralBin, 'lint', path.join(args.corpus, '**/apiDefinition.swagger.json'), '--ruleset', ruleset, '--format', 'json', '--quiet'],
    path.join(scratch, 'spectral.json'),
  );
  fs.rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(
    [
      '',
      `side by side (child processes, ${swaggers} swagger files):`,
      `  connector-precheck lint, every rule, whole connectors   ${ours.seconds.toFixed(2)} s   peak ${ours.peakMb.toFixed(0)} MB   exit ${ours.code}`,
      `  spectral lint, spectral:oas, swagger files only         ${theirs.seconds.toFixed(2)} s   peak ${theirs.peakMb.toFixed(0)} MB   exit ${theirs.code}`,
      `  ratio (ours / spectral)                                 ${(ours.seconds / theirs.seconds).toFixed(2)}`,
      '',
    ].join('\n'),
  );
}

/** Alternates child benches with `subset` and with every rule; prints the medians of both and their ratios. */
async function compareRuleSets(args: Args, subset: string[]): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const bench = (rules?: string[]) => {
    const argv = [__filename, args.corpus, ...(rules ? ['--rule', rules.join(',')] : [])];
    if (args.concurrency) argv.push('--concurrency', String(args.concurrency));
    return measure(process.execPath, argv, path.join(scratch, 'bench.txt'), 'inherit').then((run) => {
      const output = fs.readFileSync(path.join(scratch, 'bench.txt'), 'utf8');
      const wall = /^wall time\s+([\d.]+) s/m.exec(output);
      const cpu = /^cpu time\s+([\d.]+) s/m.exec(output);
      if (run.code !== 0 || !wall || !cpu) throw new Error(`A child bench failed (exit ${run.code}).`);
      return { wall: Number(wall[1]), cpu: Number(cpu[1]) };
    });
  };
  const subsetRuns: Array<{ wall: number; cpu: number }> = [];
  const allRuns: Array<{ wall: number; cpu: number }> = [];
  try {
    for (let pair = 1; pair <= args.pairs; pair++) {
      const subsetRun = await bench(subset);
      const allRun = await bench();
      subsetRuns.push(subsetRun);
      allRuns.push(allRun);
      process.stdout.write(
        `pair ${pair}: ${subset.length} rules ${subsetRun.wall.toFixed(2)} s (cpu ${subsetRun.cpu.toFixed(2)} s), every rule ${allRun.wall.toFixed(2)} s (cpu ${allRun.cpu.toFixed(2)} s)\n`,
      );
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const lines: string[] = [];
  for (const kind of ['wall', 'cpu'] as const) {
    const subsetTimes = subsetRuns.map((r) => r[kind]);
    const allTimes = allRuns.map((r) => r[kind]);
    const ratios = allTimes.map((t, i) => t / subsetTimes[i]);
    lines.push(
      `${`median ${kind}, ${subset.length} rules`.padEnd(26)}${median(subsetTimes).toFixed(2)} s`,
      `${`median ${kind}, every rule`.padEnd(26)}${median(allTimes).toFixed(2)} s`,
      `${`${kind}: ratio of medians`.padEnd(26)}${(median(allTimes) / median(subsetTimes)).toFixed(2)}`,
      `${`${kind}: median pair ratio`.padEnd(26)}${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(command: string, argv: string[], outFile: string, stderr: 'ignore' | 'inherit' = 'ignore'): Promise<{ seconds: number; peakMb: number; code: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const out = fs.openSync(outFile, 'w');
    const child = spawn(command, argv, { stdio: ['ignore', out, stderr], env: { ...process.env, CI: '1', SCARF_ANALYTICS: 'false' } });
    let peakKb = 0;
    // VmHWM is the peak resident size so far; read it until the process exits.
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has just exited
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      fs.closeSync(out);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, code: code ?? -1 });
    });
  });
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
