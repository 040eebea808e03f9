import { expect } from 'chai';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli } from '../helpers/cli';
import { FIXTURES, GOOD } from '../helpers/lint-case';
import { treeHash } from '../helpers/tree-hash';

/**
 * Mutates the good fixtures (byte flips, truncation, key deletion, type changes, deep nesting, junk), lints all the
 * mutants in one CLI run and checks: exit code 0 or 1, a schema-valid report with one entry per mutant, no rule
 * crashed, and no file changed. The seed is fixed for CI and can be changed with FUZZ_SEED.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const MUTANTS = Number(process.env.FUZZ_CASES ?? 40);

type Json = unknown;
type Mutation =
  | { kind: 'flip'; file: string; at: number; value: number }
  | { kind: 'truncate'; file: string; keep: number }
  | { kind: 'delete-key'; file: string; pick: number }
  | { kind: 'retype'; file: string; pick: number; value: Json }
  | { kind: 'nest'; file: string; pick: number; depth: number }
  | { kind: 'junk'; file: string; at: number; junk: string };

const NEST_MARKER = '\u0000nest\u0000';
const JSON_FILES = ['apiDefinition.swagger.json', 'apiProperties.json'];
const ALL_FILES = [...JSON_FILES, 'readme.md', 'script.csx', 'icon.png'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), file: fc.constantFrom(...ALL_FILES), at: fc.nat(), value: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.constantFrom(...ALL_FILES), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('delete-key' as const), file: fc.constantFrom(...JSON_FILES), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('retype' as const),
    file: fc.constantFrom(...JSON_FILES),
    pick: fc.nat(),
    value: fc.constantFrom<Json>(null, 0, -1, 1e308, '', 'x'.repeat(5000), true, [], {}, [null], { $ref: '#/definitions/Nope' }, { $ref: 'https://example.com/x.json' }),
  }),
  fc.record({ kind: fc.constant('nest' as const), file: fc.constantFrom(...JSON_FILES), pick: fc.nat(), depth: fc.constantFrom(50, 400, 600, 20000) }),
  fc.record({ kind: fc.constant('junk' as const), file: fc.constantFrom(...ALL_FILES), at: fc.nat(), junk: fc.constantFrom('\u0000', '\ufeff', ',', '}', '//x', '\u2003', '\xff\xfe', '{"a":1}{"b":2}') }),
);

const mutant = fc.record({ program: fc.constantFrom<'verified' | 'independent'>('verified', 'independent'), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });

/** Every path to a value in a JSON document, root excluded. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function setAt(root: Json, at: Array<string | number>, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const segment of at.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  const last = at[at.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
}

function apply(dir: string, m: Mutation): void {
  const file = path.join(dir, m.file);
  if (!fs.existsSync(file)) return;
  const bytes = fs.readFileSync(file);
  if (m.kind === 'flip') {
    if (bytes.length === 0) return;
    bytes[m.at % bytes.length] ^= m.value;
    fs.writeFileSync(file, bytes);
  } else if (m.kind === 'truncate') {
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * m.keep)));
  } else if (m.kind === 'junk') {
    const at = m.at % (bytes.length + 1);
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(m.junk, 'latin1'), bytes.subarray(at)]));
  } else {
    let doc: Json;
    try {
      doc = JSON.parse(bytes.toString('utf8'));
    } catch {
      return; // an earlier mutation already broke the syntax
    }
    const all = paths(doc);
    if (all.length === 0) return;
    const at = all[m.pick % all.length];
    if (m.kind === 'delete-key') setAt(doc, at, undefined);
    else if (m.kind === 'retype') setAt(doc, at, m.value);
    else setAt(doc, at, NEST_MARKER);
    // Deep nesting is spliced in as text: JSON.stringify itself would overflow the stack on it.
    const nested = m.kind === 'nest' ? '['.repeat(m.depth) + ']'.repeat(m.depth) : '';
    fs.writeFileSync(file, JSON.stringify(doc, null, 4).replace(JSON.stringify(NEST_MARKER), nested));
  }
}

describe('fuzzing the good fixtures', function () {
  this.timeout(300_000);
  let root: string;
  after(() => root && fs.rmSync(root, { recursive: true, force: true }));

  it(`lints ${MUTANTS} mutants (seed ${SEED}) without crashing, hanging or changing a file`, async () => {
    const fixturesBefore = treeHash(FIXTURES);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-fuzz-'));
    const cases = fc.sample(mutant, { numRuns: MUTANTS, seed: SEED });
    const names: string[] = [];
    cases.forEach((c, i) => {
      const tree = c.program === 'verified' ? 'certified-connectors' : 'independent-publisher-connectors';
      const name = `${tree}/Mutant${String(i).padStart(3, '0')}`;
      const dir = path.join(root, name);
      fs.cpSync(GOOD[c.program], dir, { recursive: true });
      for (const m of c.mutations) apply(dir, m);
      names.push(name);
    });
    const mutantsBefore = treeHash(root);

    const result = await runCli(['lint', '.', '--format', 'json', '--timeout', '60'], { cwd: root });

    const context = `seed ${SEED}; stderr:\n${result.stderr}`;
    expect([0, 1], context).to.include(result.code);
    expect(result.stderr, context).to.not.match(/\n\s+at .+\(.+:\d+:\d+\)/);
    const report = JSON.parse(result.stdout);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(FIXTURES, '../schemas/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).to.equal(true);
    expect(report.connectors.map((c: { path: string }) => c.path)).to.deep.equal(names.sort());
    const crashed = report.connectors.flatMap((c: { path: string; findings: Array<{ rule: string; message: string }> }) =>
      c.findings.filter((f) => f.rule === 'internal-error').map((f) => `${c.path}: ${f.message}`),
    );
    expect(crashed, `rules crashed on mutants (${context}):\n${crashed.join('\n')}`).to.deep.equal([]);
    expect(treeHash(root), 'a mutant file changed').to.equal(mutantsBefore);
    expect(treeHash(FIXTURES), 'a fixture file changed').to.equal(fixturesBefore);
  });
});
