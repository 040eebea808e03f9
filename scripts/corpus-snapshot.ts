/**
 * The regression snapshot of rules over real connectors: which corpus connectors each rule flags.
 *   npm run corpus:snapshot            rewrite corpus-snapshot/rule-hits.json from ../shared/corpus
 *   npm run corpus:snapshot -- --check compare with the committed snapshot and list what changed (exit 1 if anything)
 * Commit the rewritten file with a rule change, so the review shows the rule's effect on accepted connectors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLint } from '../src/engine/run';
import { PACKAGE_ROOT } from '../src/tool';

type Snapshot = Record<string, { connectors: number; findings: number; flagged: string[] }>;

const SNAPSHOT = path.join(PACKAGE_ROOT, 'corpus-snapshot', 'rule-hits.json');

async function take(corpus: string): Promise<Snapshot> {
  const report = await runLint([corpus], { cwd: corpus, noConfig: true });
  const snapshot: Snapshot = {};
  for (const connector of report.connectors) {
    for (const finding of connector.findings) {
      const entry = (snapshot[finding.rule] ??= { connectors: 0, findings: 0, flagged: [] });
      entry.findings++;
      if (entry.flagged[entry.flagged.length - 1] !== connector.path) entry.flagged.push(connector.path);
    }
  }
  for (const entry of Object.values(snapshot)) entry.connectors = entry.flagged.length;
  return Object.fromEntries(Object.entries(snapshot).sort(([a], [b]) => a.localeCompare(b)));
}

function differences(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const rule of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = new Set(before[rule]?.flagged ?? []);
    const now = new Set(after[rule]?.flagged ?? []);
    const added = [...now].filter((c) => !was.has(c));
    const removed = [...was].filter((c) => !now.has(c));
    const findingsChanged = (before[rule]?.findings ?? 0) !== (after[rule]?.findings ?? 0);
    if (added.length === 0 && removed.length === 0 && !findingsChanged) continue;
    lines.push(`${rule}: ${was.size} -> ${now.size} connectors, ${before[rule]?.findings ?? 0} -> ${after[rule]?.findings ?? 0} findings`);
    for (const c of added) lines.push(`  + ${c}`);
    for (const c of removed) lines.push(`  - ${c}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const corpus = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(PACKAGE_ROOT, '../shared/corpus'));
  const after = await take(corpus);
  if (!check) {
    fs.writeFileSync(SNAPSHOT, JSON.stringify(after, null, 1) + '\n');
    console.log(`${path.relative(PACKAGE_ROOT, SNAPSHOT)}: ${Object.keys(after).length} rules`);
    return;
  }
  const before = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  const lines = differences(before, after);
  console.log(lines.length === 0 ? 'The rules flag the same corpus connectors as the snapshot.' : lines.join('\n'));
  if (lines.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`corpus snapshot failed: ${(error as Error).message}`);
  process.exitCode = 2;
});
