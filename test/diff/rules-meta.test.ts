import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../../src/catalog';
import { BREAKING_RULES, BREAKING_RULE_IDS } from '../../src/diff/rules';
import { PROGRAMS } from '../../src/model/program';

const ROOT = path.resolve(__dirname, '../..');
const REQUIRED_HEADINGS = ['## Why', '## How to fix', '## Bad', '## Good'];

/** The catalog checks (test/catalog.test.ts) for the breaking-change rules, until the lead adds them to the catalog. */
describe('breaking-change rule metadata', () => {
  it('has unique breaking-* ids that clash with no other rule', () => {
    expect(BREAKING_RULE_IDS.size).to.equal(BREAKING_RULES.length);
    const catalog = new Catalog();
    for (const rule of BREAKING_RULES) {
      expect(rule.id).to.match(/^breaking-[a-z0-9]+(-[a-z0-9]+)*$/);
      const other = catalog.get(rule.id);
      // Once the lead registers them, the catalog holds these very objects.
      if (other) expect(other).to.equal(rule);
    }
  });

  for (const rule of BREAKING_RULES) {
    describe(rule.id, () => {
      it('has complete metadata', () => {
        expect(rule.severity).to.equal('error');
        expect(rule.file).to.equal('apiDefinition.swagger.json');
        expect([...rule.programs].sort()).to.deep.equal([...PROGRAMS].sort());
        expect(rule.description, 'description').to.match(/\S.*\.$/);
        expect(rule.fix, 'fix').to.match(/\S.*\.$/);
        expect(rule.fix, 'fix is one line').to.not.include('\n');
        expect(rule.criterion.text).to.match(/\S/);
        expect(rule.criterion.url).to.match(/^https:\/\//);
        expect(rule.criterion.rows).to.deep.equal(['pr-breaking-changes']);
        for (const code of rule.validatorCodes ?? []) expect(code).to.match(/^The .+\.$/);
      });

      it('has a doc page with the required sections', () => {
        const page = path.join(ROOT, 'docs/rules', `${rule.id}.md`);
        expect(fs.existsSync(page), `${page} missing`).to.equal(true);
        const text = fs.readFileSync(page, 'utf8');
        expect(text.startsWith(`# ${rule.id}\n`), 'title is the rule id').to.equal(true);
        for (const heading of REQUIRED_HEADINGS) expect(text, heading).to.include(`\n${heading}\n`);
      });

      it('has a test with a triggering case and a clean case', () => {
        const file = path.join(ROOT, 'test/diff/rules', `${rule.id}.test.ts`);
        expect(fs.existsSync(file), `${file} missing`).to.equal(true);
        const text = fs.readFileSync(file, 'utf8');
        expect(text).to.include(`'${rule.id}'`);
        expect(text).to.include('expectFinding(');
        expect(text).to.include('expectNoFinding(');
      });
    });
  }
});
