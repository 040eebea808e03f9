import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rulesIndexSource } from '../scripts/gen-docs-index';
import { REGISTRIES, registrySource, ruleFiles } from '../scripts/gen-registry';
import { Catalog } from '../src/catalog';
import { Linter } from '../src/engine/lint';
import { SEVERITIES } from '../src/model/finding';
import { PROGRAMS } from '../src/model/program';
import { RULES } from '../src/registry';
import { GOOD } from './helpers/lint-case';

const ROOT = path.resolve(__dirname, '..');
const catalog = new Catalog();
/** Test files by name: rule tests live in test/rules/, engine and change-rule tests next to their subject. */
const TEST_FILES = new Map(
  (fs.readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => [path.basename(f), path.join(ROOT, 'test', f)]),
);
const REQUIRED_HEADINGS = ['## Why', '## How to fix', '## Bad', '## Good'];

describe('rule catalog', () => {
  for (const registry of REGISTRIES) {
    it(`${registry.file} lists every rule file (run \`npm run gen\` when this fails)`, () => {
      expect(fs.readFileSync(path.join(ROOT, registry.file), 'utf8')).to.equal(registrySource(registry));
    });
  }

  it('docs/rules.md is current (run `npm run gen` when this fails)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).to.equal(rulesIndexSource(catalog));
  });

  it('docs/coverage.md agrees with the criteria rows the rules name (run `npm run coverage` when this fails)', () => {
    const page = fs.readFileSync(path.join(ROOT, 'docs/coverage.md'), 'utf8');
    const [notImplemented, implemented] = page.split('\n## Implemented\n');
    const listed = new Map<string, string[]>();
    for (const m of implemented.matchAll(/^\| `([a-z0-9-]+)` \|[^|]*\| (.*) \|$/gm)) {
      listed.set(m[1], [...m[2].matchAll(/\[([a-z0-9-]+)\]/g)].map((x) => x[1]).sort());
    }
    const fromRules = new Map<string, string[]>();
    for (const rule of catalog.all()) for (const row of rule.criterion.rows) fromRules.set(row, [...(fromRules.get(row) ?? []), rule.id].sort());
    expect(Object.fromEntries([...fromRules].sort())).to.deep.equal(Object.fromEntries([...listed].sort()));
    for (const m of notImplemented.matchAll(/^\| `([a-z0-9-]+)` \|/gm)) expect(fromRules.has(m[1]), `${m[1]} is implemented`).to.equal(false);
  });

  it('names each rule file after its rule id', () => {
    const files = ruleFiles();
    expect(RULES.map((r) => r.id)).to.deep.equal(files.map((f) => path.basename(f, '.ts')));
  });

  for (const rule of catalog.all()) {
    describe(rule.id, () => {
      it('has complete metadata', () => {
        expect(rule.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(SEVERITIES).to.include(rule.severity);
        expect(rule.programs).to.not.be.empty;
        for (const p of rule.programs) expect(PROGRAMS).to.include(p);
        expect(rule.description, 'description').to.match(/\S.*\.$/);
        expect(rule.fix, 'fix').to.match(/\S.*\.$/);
        expect(rule.fix, 'fix is one line').to.not.include('\n');
        expect(rule.criterion.text, 'criterion').to.match(/\S/);
        expect(rule.criterion.url, 'criterion source').to.match(/^https:\/\//);
        expect(rule.criterion.rows, 'criteria.md rows (may be empty for robustness rules)').to.be.an('array');
      });

      it('has a doc page with the required sections', () => {
        const page = path.join(ROOT, 'docs/rules', `${rule.id}.md`);
        expect(fs.existsSync(page), `${page} missing`).to.equal(true);
        const text = fs.readFileSync(page, 'utf8');
        expect(text.startsWith(`# ${rule.id}\n`), 'title is the rule id').to.equal(true);
        for (const heading of REQUIRED_HEADINGS) expect(text, heading).to.include(`\n${heading}\n`);
      });

      it('has a test with a triggering case and a clean case', () => {
        const file = TEST_FILES.get(`${rule.id}.test.ts`);
        expect(file, `test/**/${rule.id}.test.ts missing`).to.not.equal(undefined);
        const text = fs.readFileSync(file!, 'utf8');
        expect(text).to.include(`'${rule.id}'`);
        expect(text).to.include('expectFinding(');
        expect(text).to.include('expectNoFinding(');
      });
    });
  }

  it('finds nothing at all in the good example connectors', async () => {
    for (const dir of Object.values(GOOD)) {
      const report = await new Linter({ cwd: ROOT }).lintConnector(dir);
      expect(report.findings, `${dir}:\n${report.findings.map((f) => `${f.rule} ${f.pointer ?? ''} ${f.message}`).join('\n')}`).to.deep.equal([]);
    }
  });
});
